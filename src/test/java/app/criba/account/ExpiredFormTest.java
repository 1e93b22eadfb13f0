package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.support.BrowserSession;
import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestUsers;

/** A form sent without a valid CSRF token, as happens after the session expired; the error page is Tomcat's dispatch. */
@ServerTest
class ExpiredFormTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void createOwner() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    @Test
    void formWithStaleTokenSaysFormExpired() throws Exception {
        BrowserSession browser = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

        HttpResponse<String> response = browser.postForm("/clients/new",
                Map.of("_csrf", "stale-token", "name", "Acme Dental"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("El formulario ha caducado").doesNotContain("Su cuenta no puede abrir");
        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isZero();
    }

    @Test
    void loginWithStaleTokenSaysFormExpired() throws Exception {
        HttpResponse<String> response = new BrowserSession(port).postForm("/login",
                Map.of("_csrf", "stale-token", "username", TestUsers.OWNER_EMAIL, "password",
                        TestUsers.OWNER_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("El formulario ha caducado");
    }
}
