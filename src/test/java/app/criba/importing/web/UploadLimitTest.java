package app.criba.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** Uploads that Tomcat itself refuses, which MockMvc cannot reproduce; the server limits uploads to 16 KB. */
@ServerTest
class UploadLimitTest {

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

    @Test
    void fileOverLimitShowsUploadMessage() throws Exception {
        byte[] content = ("Cliente;Factura\n" + "Acme;F-1\n".repeat(4000)).getBytes(StandardCharsets.UTF_8);
        String token = browser.csrfToken("/imports/invoices");

        HttpResponse<String> response = browser.postFile("/imports/invoices",
                Map.of("_csrf", token, "delimiter", "AUTO"), "facturas.csv", content);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/imports/invoices"));
        HttpResponse<String> page = browser.get("/imports/invoices");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("El archivo es demasiado grande: el máximo es de 16 KB.");
    }

    @Test
    void fileNameWithNulShowsUploadMessage() throws Exception {
        String token = browser.csrfToken("/imports/invoices");

        HttpResponse<String> response = browser.postFile("/imports/invoices",
                Map.of("_csrf", token, "delimiter", "AUTO"), "factu\u0000ras.csv",
                "Cliente;Factura\nAcme;F-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.get("/imports/invoices").body()).contains("No se pudo leer el archivo subido");
    }

    @Test
    void apiRejectsFileOverLimit() throws Exception {
        byte[] content = ("Cliente;Factura\n" + "Acme;F-1\n".repeat(4000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = browser.postFileToApi("/api/v1/imports/invoices", TestUsers.OWNER_EMAIL,
                TestUsers.OWNER_PASSWORD, "facturas.csv", content);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"invalid_file\"", "import.upload.tooLarge",
                "El archivo es demasiado grande: el máximo es de 16 KB");
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
        String token = browser.csrfToken("/imports/invoices");

        HttpResponse<String> response = browser.postFile("/imports/invoices",
                Map.of("_csrf", token, "delimiter", "AUTO"), "facturas.csv",
                "Cliente;Factura\nAcme;F-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/imports/invoices/").contains("delimiter=AUTO"));
    }
}
