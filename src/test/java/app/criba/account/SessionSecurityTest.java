package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.support.BrowserSession;
import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestUsers;

/** Browser sessions on a real Tomcat: the id changes at login, they time out, and they can be ended. */
@ServerTest
class SessionSecurityTest {

    private static final String SESSION_COOKIE = "JSESSIONID";

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

    @Autowired
    SessionInvalidation sessionInvalidation;

    @Autowired
    ServletContext servletContext;

    @Autowired
    SessionRegistry sessionRegistry;

    /** Creates the owner and ends the sessions that earlier tests on this server left open. */
    @BeforeEach
    void createOwner() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        attempts.clear();
        sessionInvalidation.forUser(TestUsers.OWNER_EMAIL);
    }

    @Test
    void loginChangesSessionId() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.get("/login");
        String before = browser.cookie(SESSION_COOKIE);

        browser.logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        assertThat(before).isNotNull();
        assertThat(browser.cookie(SESSION_COOKIE)).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void invalidationEndsEverySessionOfUser() throws Exception {
        BrowserSession office = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
        BrowserSession laptop = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        int ended = sessionInvalidation.forUser("OWNER@example.com");

        assertThat(ended).isEqualTo(2);
        HttpResponse<String> officePage = office.get("/");
        assertThat(officePage.statusCode()).isEqualTo(302);
        assertThat(officePage.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(laptop.get("/").statusCode()).isEqualTo(302);
        assertThat(office.get("/login?expired").body()).contains("Su sesión se ha cerrado");
        assertThat(new BrowserSession(port, "en").get("/login?expired").body()).contains("Your session has ended");
        new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
    }

    @Test
    void invalidationCanKeepCurrentSession() throws Exception {
        BrowserSession current = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
        BrowserSession other = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        int ended = sessionInvalidation.forUserExcept(TestUsers.OWNER_EMAIL, current.cookie(SESSION_COOKIE));

        assertThat(ended).isEqualTo(1);
        assertThat(current.get("/").statusCode()).isEqualTo(200);
        assertThat(other.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void loggedOutSessionIsForgotten() throws Exception {
        BrowserSession browser = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
        String sessionId = browser.cookie(SESSION_COOKIE);
        assertThat(sessionRegistry.getSessionInformation(sessionId)).isNotNull();
        String token = browser.csrfToken("/");

        assertThat(browser.postForm("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);

        assertThat(sessionRegistry.getSessionInformation(sessionId)).isNull();
        assertThat(sessionInvalidation.forUser(TestUsers.OWNER_EMAIL)).isZero();
    }

    @Test
    void apiIgnoresSessionCookie() throws Exception {
        BrowserSession browser = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> post = browser.postFile("/api/v1/imports/clients", Map.of(), "clients.csv",
                "name\nAcme Dental\n".getBytes());
        HttpResponse<String> get = browser.get("/api/v1/portfolio");

        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(get.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from import_run", Integer.class)).isZero();
    }
}
