package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.criba.support.BrowserSession;
import app.criba.support.ThrowawayPostgres;

/**
 * Stops the PostgreSQL server under a running Criba and starts it again: pages and the API respond
 * with 503 while it is down, nothing is saved, and Criba recovers without a restart. The server is a
 * throw-away cluster of this test's own, never the shared one the other tests use.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "criba.database.bootstrap=false",
        "spring.datasource.hikari.connection-timeout=2000",
        "criba.owner.email=" + DatabaseOutageTest.OWNER_EMAIL,
        "criba.owner.password=" + DatabaseOutageTest.OWNER_PASSWORD })
@DirtiesContext
class DatabaseOutageTest {

    static final String OWNER_EMAIL = "owner@example.com";
    static final String OWNER_PASSWORD = "owner-password-1";

    private static ThrowawayPostgres postgres;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startPostgres() throws Exception {
        Optional<Path> binaries = ThrowawayPostgres.binaries();
        assumeTrue(binaries.isPresent(), "initdb and pg_ctl are not installed");
        postgres = ThrowawayPostgres.start(binaries.get());
    }

    @AfterAll
    static void removePostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> postgres.jdbcUrl());
        properties.add("spring.datasource.username", () -> ThrowawayPostgres.USER);
        properties.add("spring.datasource.password", () -> "");
    }

    @Test
    void pagesAndApiAnswer503UntilDatabaseReturns() throws Exception {
        BrowserSession browser = new BrowserSession(port, "es").logIn(OWNER_EMAIL, OWNER_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(api("/api/v1/portfolio").statusCode()).isEqualTo(200);
        String token = browser.csrfToken("/clients/new");

        postgres.stopServer();

        HttpResponse<String> spanishPage = browser.get("/");
        assertThat(spanishPage.statusCode()).isEqualTo(503);
        assertThat(spanishPage.body()).contains("La base de datos no está disponible")
                .contains("Inténtelo de nuevo dentro de un momento").doesNotContain("Exception");
        HttpResponse<String> englishPage = browser.get("/?lang=en");
        assertThat(englishPage.statusCode()).isEqualTo(503);
        assertThat(englishPage.body()).contains("The database is not reachable").contains("Try again in a moment");

        HttpResponse<String> saved = browser.postForm("/clients/new", Map.of("_csrf", token, "name", "Acme Dental",
                "contractType", "MANAGED", "seats", "12", "letterLanguage", "es", "noticePeriodDays", "30",
                "status", "ACTIVE"));
        assertThat(saved.statusCode()).isEqualTo(503);
        assertThat(saved.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> apiCall = api("/api/v1/portfolio");
        assertThat(apiCall.statusCode()).isEqualTo(503);
        assertThat(apiCall.body()).isEqualTo("{\"error\":\"" + DatabaseOutage.API_ERROR_CODE + "\"}");

        assertThat(new BrowserSession(port).get("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> login = new BrowserSession(port, "en").attemptLogIn(OWNER_EMAIL, OWNER_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("The database is not reachable");

        postgres.startServer();

        assertThat(statusWithin(Duration.ofSeconds(20), browser)).isEqualTo(200);
        assertThat(api("/api/v1/portfolio").statusCode()).isEqualTo(200);
        new BrowserSession(port).logIn(OWNER_EMAIL, OWNER_PASSWORD);
        assertThat(browser.get("/?q=Acme").body()).doesNotContain("Acme Dental");
    }

    /** Loads the portfolio until it returns 200 or the time is up, and returns the last status. */
    private static int statusWithin(Duration timeout, BrowserSession browser) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int status = browser.get("/").statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = browser.get("/").statusCode();
        }
        return status;
    }

    private HttpResponse<String> api(String path) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((OWNER_EMAIL + ":" + OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }
}
