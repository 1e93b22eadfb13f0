package app.criba.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.account.Users;
import app.criba.support.BrowserSession;
import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestUsers;

/** Uploads that Tomcat itself rejects, which MockMvc cannot reproduce. The server limits uploads to 16 KB. */
@ServerTest
class UploadLimitTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;
    private static final String TOO_LARGE_ES = "El archivo es demasiado grande: el máximo es 16 KB.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    BrowserSession browser;

    @BeforeEach
    void logIn() throws Exception {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        browser = new BrowserSession(port).logIn(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
    }

    /** Returns a stream of invoice lines of the given length, generated as it is read. */
    private static InputStream generatedCsv(long length) {
        byte[] line = "ACME;F-1;05/01/2024;100,00\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= length) {
                    return -1;
                }
                return line[(int) (position++ % line.length)];
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position >= length) {
                    return -1;
                }
                int read = (int) Math.min(count, length - position);
                for (int i = 0; i < read; i++) {
                    buffer[offset + i] = line[(int) ((position + i) % line.length)];
                }
                position += read;
                return read;
            }
        };
    }

    private HttpRequest.Builder apiRequest(String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (TestUsers.OWNER_EMAIL + ":" + TestUsers.OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .header("Accept-Language", "es")
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "text/csv");
    }

    private int written() {
        return jdbc.queryForObject("select (select count(*) from import_run) + (select count(*) from client) "
                + "+ (select count(*) from invoice)", Integer.class);
    }

    @Test
    void fileOverLimitShowsUploadMessage() throws Exception {
        byte[] content = ("Cliente;Factura\n" + "Acme;F-1\n".repeat(4000)).getBytes(StandardCharsets.UTF_8);
        String token = browser.csrfToken("/imports/new");

        HttpResponse<String> response = browser.postFile("/imports/new",
                Map.of("_csrf", token, "kind", "INVOICES"), "facturas.csv", content);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/imports/new"));
        HttpResponse<String> page = browser.get("/imports/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(TOO_LARGE_ES);
        assertThat(written()).isZero();
    }

    @Test
    void pageUploadOf200MegabytesShowsMessage() throws Exception {
        String token = browser.csrfToken("/imports/new");

        HttpResponse<String> response = browser.postFileStream("/imports/new",
                Map.of("_csrf", token, "kind", "INVOICES"), "enorme.csv", generatedCsv(TWO_HUNDRED_MB));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/imports/new"));
        assertThat(browser.get("/imports/new").body()).contains(TOO_LARGE_ES);
        assertThat(written()).isZero();
    }

    @Test
    void fileNameWithNulShowsUploadMessage() throws Exception {
        String token = browser.csrfToken("/imports/new");

        HttpResponse<String> response = browser.postFile("/imports/new",
                Map.of("_csrf", token, "kind", "INVOICES"), "factu\u0000ras.csv",
                "Cliente;Factura\nAcme;F-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.get("/imports/new").body()).contains("No se ha podido leer el archivo subido.");
    }

    @Test
    void apiRejectsFileOverLimit() throws Exception {
        byte[] content = ("Cliente;Factura\n" + "Acme;F-1\n".repeat(4000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = browser.postFileToApi("/api/v1/imports/invoices", TestUsers.OWNER_EMAIL,
                TestUsers.OWNER_PASSWORD, "facturas.csv", content);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"invalid_file\"", "import.upload.tooLarge", TOO_LARGE_ES);
        assertThat(written()).isZero();
    }

    @Test
    void apiRejectsDeclaredLongBody() throws Exception {
        HttpRequest request = apiRequest("/api/v1/imports/invoices").POST(BodyPublishers.fromPublisher(
                BodyPublishers.ofInputStream(() -> generatedCsv(TWO_HUNDRED_MB)), TWO_HUNDRED_MB)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"invalid_file\"", "import.upload.tooLarge", TOO_LARGE_ES);
        assertThat(written()).isZero();
    }

    @Test
    void apiRejectsStreamedLongBody() throws Exception {
        HttpRequest request = apiRequest("/api/v1/imports/invoices")
                .POST(BodyPublishers.ofInputStream(() -> generatedCsv(TWO_HUNDRED_MB))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("import.upload.tooLarge", TOO_LARGE_ES);
        assertThat(written()).isZero();
    }

    @Test
    void apiRejectsFileNameWithNul() throws Exception {
        HttpResponse<String> response = browser.postFileToApi("/api/v1/imports/invoices", TestUsers.OWNER_EMAIL,
                TestUsers.OWNER_PASSWORD, "factu\u0000ras.csv",
                "Cliente;Factura\nAcme;F-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"invalid_file\"", "import.upload.unreadable");
    }

    @Test
    void fileWithinLimitStillReachesMappingStep() throws Exception {
        String token = browser.csrfToken("/imports/new");

        HttpResponse<String> response = browser.postFile("/imports/new",
                Map.of("_csrf", token, "kind", "INVOICES"), "facturas.csv",
                "Cliente;Factura\nAcme;F-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/imports/uploads/").contains("kind=INVOICES"));
    }
}
