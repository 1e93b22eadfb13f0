package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.support.DatabaseCleaner;
import app.criba.support.ServerTest;
import app.criba.support.TestUsers;

/** The security headers of pages, API responses, static files and error pages, on a real Tomcat. */
@ServerTest
class SecurityHeadersTest {

    private static final List<String> PATHS = List.of("/login", "/", "/api/v1/portfolio", "/css/criba.css",
            "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js", "/favicon.svg", "/no-such-page");

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
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : PATHS) {
            HttpHeaders headers = headersOf(path, null);

            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void policyForbidsInlineScripts() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .contains("style-src 'self';").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void hstsOnlyBehindHttpsProxy() throws Exception {
        for (String path : PATHS) {
            assertThat(headersOf(path, null).firstValue("Strict-Transport-Security")).as(path).isEmpty();
            assertThat(headersOf(path, "https").firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
            assertThat(headersOf(path, "http").firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void templatesHaveNoInlineStylesOrScripts() throws IOException {
        Pattern inlineStyle = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern inlineHandler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern scriptBlock = Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern styleBlock = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);

                assertThat(inlineStyle.matcher(html).find()).as("style attribute in " + file).isFalse();
                assertThat(inlineHandler.matcher(html).find()).as("event handler attribute in " + file).isFalse();
                assertThat(scriptBlock.matcher(html).find()).as("inline script in " + file).isFalse();
                assertThat(styleBlock.matcher(html).find()).as("style block in " + file).isFalse();
                assertThat(html).as("javascript: link in " + file).doesNotContainIgnoringCase("javascript:");
            }
        }
    }

    private HttpHeaders headersOf(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), BodyHandlers.discarding()).headers();
    }
}
