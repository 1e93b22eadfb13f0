package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.support.BrowserSession;
import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestRows;
import app.criba.support.TestUsers;

/**
 * Error pages in both languages and the API's JSON errors, on a real Tomcat so that the
 * container's error dispatch runs. None of them may show an exception message, a stack trace or SQL.
 * The test-only controllers give this class a context of its own, which is closed afterwards so
 * that its connections do not stay open while later test classes run.
 */
@ServerTest
@Import({ ErrorPagesTest.FailingPages.class, ErrorPagesTest.FailingApi.class })
@DirtiesContext
class ErrorPagesTest {

    /** A message that must never reach a page or a JSON body. */
    static final String SECRET = "select password_hash from app_user where id = 42";

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

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void malformedRequestShows400(String language) throws Exception {
        BrowserSession browser = loggedIn(language);
        String token = browser.csrfToken("/model");

        HttpResponse<String> response = browser.postForm("/model", Map.of("_csrf", token, "thresholdA[0]", "1"));

        assertPage(response, 400, language, "No se pudo atender la solicitud", "The request could not be handled");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void forgedCsrfTokenShows403(String language) throws Exception {
        BrowserSession browser = loggedIn(language);

        HttpResponse<String> response = browser.postForm("/clients/new",
                Map.of("_csrf", "forged-token", "name", "Acme Dental"));

        assertPage(response, 403, language, "El formulario ha caducado", "The form has expired");
        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void unknownIdShows404(String language) throws Exception {
        HttpResponse<String> response = loggedIn(language).get("/clients/999999");

        assertPage(response, 404, language, "No encontrado", "Not found");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void staleVersionShows409(String language) throws Exception {
        long clientId = new TestRows(jdbc).client("Acme Dental");
        jdbc.update("update client set version = 3 where id = ?", clientId);
        BrowserSession browser = loggedIn(language);
        Map<String, String> fields = clientFields(browser.csrfToken("/clients/" + clientId + "/edit"));

        HttpResponse<String> response = browser.postForm("/clients/" + clientId + "/edit", fields);

        assertPage(response, 409, language, "Otra persona guardó este registro", "Someone saved this record");
        assertThat(jdbc.queryForObject("select name from client", String.class)).isEqualTo("Acme Dental");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void unexpectedExceptionShows500(String language) throws Exception {
        HttpResponse<String> response = loggedIn(language).get("/test/failure");

        assertPage(response, 500, language, "Algo ha fallado", "Something went wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void otherDatabaseErrorStays500(String language) throws Exception {
        HttpResponse<String> response = loggedIn(language).get("/test/constraint-violated");

        assertPage(response, 500, language, "Algo ha fallado", "Something went wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void databaseFailureShows503(String language) throws Exception {
        HttpResponse<String> response = loggedIn(language).get("/test/database-down");

        assertPage(response, 503, language, "La base de datos no está disponible", "The database is not reachable");
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "en" })
    void apiAnswersJsonErrors(String language) throws Exception {
        assertJson(api("/api/v1/portfolio?asOf=not-a-date", language), 400, "\"error\":\"invalid_parameter\"");
        assertJson(api("/api/test/forbidden", language), 403, "\"error\":\"forbidden\"");
        assertJson(api("/api/v1/clients/999999/scorecard", language), 404, "{\"error\":\"not_found\"}");
        assertJson(api("/api/test/conflict", language), 409, "{\"error\":\"conflict\"}");
        assertJson(api("/api/test/failure", language), 500, "\"status\":500");
        assertJson(api("/api/test/constraint-violated", language), 500, "\"status\":500");
        assertJson(api("/api/test/database-down", language), 503, "{\"error\":\"database_unavailable\"}");
    }

    private BrowserSession loggedIn(String language) throws Exception {
        BrowserSession browser = new BrowserSession(port, language).logIn(TestUsers.OWNER_EMAIL,
                TestUsers.OWNER_PASSWORD);
        // The login switched to the owner's preferred language; the ES/EN switch sets the one under test.
        browser.get("/login?lang=" + language);
        return browser;
    }

    private static Map<String, String> clientFields(String csrfToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfToken);
        fields.put("name", "Renamed");
        fields.put("contractType", "MANAGED");
        fields.put("seats", "12");
        fields.put("letterLanguage", "es");
        fields.put("noticePeriodDays", "30");
        fields.put("status", "ACTIVE");
        fields.put("version", "2");
        return fields;
    }

    private static void assertPage(HttpResponse<String> response, int status, String language, String spanish,
            String english) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("lang=\"" + language + "\"")
                .contains("es".equals(language) ? spanish : english);
        assertNoDetails(response.body());
    }

    private static void assertJson(HttpResponse<String> response, int status, String expected) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains(expected).doesNotContain("\"message\"").doesNotContain("\"trace\"")
                .doesNotContain("\"exception\"");
        assertNoDetails(response.body());
    }

    private static void assertNoDetails(String body) {
        assertThat(body).doesNotContain(SECRET).doesNotContain("password_hash").doesNotContain("Exception")
                .doesNotContain("at app.criba").doesNotContain("org.springframework");
    }

    private HttpResponse<String> api(String path, String language) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                (TestUsers.OWNER_EMAIL + ":" + TestUsers.OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + credentials)
                .GET().build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }

    /** Pages that fail the way a bug or a lost database connection would. */
    @Controller
    static class FailingPages {

        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test/database-down")
        String loseDatabase() {
            throw new CannotCreateTransactionException(SECRET, new SQLTransientConnectionException(SECRET));
        }

        @GetMapping("/test/constraint-violated")
        String violateConstraint() {
            throw new DataIntegrityViolationException(SECRET);
        }
    }

    /** API calls that fail the way a bug, a refused access, a concurrent edit or a lost database connection would. */
    @RestController
    static class FailingApi {

        @GetMapping("/api/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/api/test/forbidden")
        String forbid() {
            throw new AccessDeniedException(SECRET);
        }

        @GetMapping("/api/test/conflict")
        String conflict() {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, 42L);
        }

        @GetMapping("/api/test/database-down")
        String loseDatabase() {
            throw new CannotCreateTransactionException(SECRET, new SQLTransientConnectionException(SECRET));
        }

        @GetMapping("/api/test/constraint-violated")
        String violateConstraint() {
            throw new DataIntegrityViolationException(SECRET);
        }
    }
}
