package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.support.BrowserSession;
import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestUsers;

/** Locks after failed logins, through a real server so that the client address and the error pages are real. */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    private static final String WRONG_PASSWORD = "wrong-password-123";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginAttempts attempts;

    @BeforeEach
    void createOwner() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        attempts.clear();
    }

    @AfterEach
    void forgetFailures() {
        attempts.clear();
    }

    @Test
    void fifthWrongPasswordLocksAccount() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.attemptLogIn(TestUsers.OWNER_EMAIL, WRONG_PASSWORD))).endsWith("/login?error");
        }

        assertThat(location(browser.attemptLogIn(TestUsers.OWNER_EMAIL, WRONG_PASSWORD))).endsWith("/login?locked");
        assertThat(location(browser.attemptLogIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD)))
                .endsWith("/login?locked");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void lockMessageInBothLanguages() throws Exception {
        lockOwner();

        HttpResponse<String> spanish = new BrowserSession(port, "es").get("/login?locked");
        HttpResponse<String> english = new BrowserSession(port, "en").get("/login?locked");

        assertThat(spanish.body()).contains("Demasiados intentos fallidos con este correo electrónico")
                .contains("bloqueado durante 15 minutos");
        assertThat(english.body()).contains("Too many failed attempts with this e-mail address")
                .contains("locked for 15 minutes");
    }

    @Test
    void unknownEmailLocksLikeKnownOne() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.attemptLogIn("nobody@example.com", WRONG_PASSWORD))).endsWith("/login?error");
        }

        assertThat(location(browser.attemptLogIn("nobody@example.com", WRONG_PASSWORD))).endsWith("/login?locked");
        assertThat(location(browser.attemptLogIn("nobody@example.com", WRONG_PASSWORD))).endsWith("/login?locked");
    }

    @Test
    void successfulLoginResetsCount() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        for (int i = 1; i <= 4; i++) {
            browser.attemptLogIn(TestUsers.OWNER_EMAIL, WRONG_PASSWORD);
        }
        new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.attemptLogIn(TestUsers.OWNER_EMAIL, WRONG_PASSWORD))).endsWith("/login?error");
        }

        new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
    }

    @Test
    void twentyFailuresFromOneAddressGet429() throws Exception {
        BrowserSession browser = new BrowserSession(port, "en");
        for (int i = 0; i < 20; i++) {
            browser.attemptLogIn("guess" + (i % 5) + "@example.com", WRONG_PASSWORD);
        }

        HttpResponse<String> blocked = browser.attemptLogIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(blocked.body()).contains("Too many failed logins came from your address");
        HttpResponse<String> spanish = new BrowserSession(port, "es").attemptLogIn(TestUsers.OWNER_EMAIL,
                TestUsers.OWNER_PASSWORD);
        assertThat(spanish.statusCode()).isEqualTo(429);
        assertThat(spanish.body()).contains("Desde su dirección se han producido demasiados inicios de sesión");
    }

    @Test
    void failuresAreLoggedWithoutPassword(CapturedOutput output) throws Exception {
        lockOwner();

        assertThat(output.getAll()).contains("Failed login for " + TestUsers.OWNER_EMAIL + " from 127.0.0.1")
                .contains("Locked logins for " + TestUsers.OWNER_EMAIL + " for PT15M after 5 failed attempts")
                .doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void apiBasicFailuresLockAccount() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(apiGet(TestUsers.OWNER_EMAIL, WRONG_PASSWORD).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = apiGet(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo("{\"error\":\"account_locked\"}");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(location(new BrowserSession(port).attemptLogIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD)))
                .endsWith("/login?locked");
    }

    @Test
    void apiSuccessResetsCount() throws Exception {
        for (int i = 1; i <= 4; i++) {
            apiGet(TestUsers.OWNER_EMAIL, WRONG_PASSWORD);
        }
        assertThat(apiGet(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD).statusCode()).isEqualTo(200);

        assertThat(apiGet(TestUsers.OWNER_EMAIL, WRONG_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(attempts.isAccountLocked(TestUsers.OWNER_EMAIL)).isFalse();
    }

    private void lockOwner() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        for (int i = 1; i <= 5; i++) {
            browser.attemptLogIn(TestUsers.OWNER_EMAIL, WRONG_PASSWORD);
        }
        assertThat(attempts.isAccountLocked(TestUsers.OWNER_EMAIL)).isTrue();
    }

    private HttpResponse<String> apiGet(String email, String password) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/portfolio"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .GET().build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }
}
