package app.criba.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * Talks to a running Criba over HTTP as a browser does: it keeps the session cookie, reads the
 * CSRF token from each form page, and requests HTML in one language (Spanish unless chosen).
 */
public final class BrowserSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----CribaTestBoundary7MA4YWxkTrZu0gW";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private final String language;

    public BrowserSession(int port) {
        this(port, "es");
    }

    /** Starts a session whose requests send this language as Accept-Language. */
    public BrowserSession(int port, String language) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.language = language;
    }

    /** Logs in through the login form and fails unless the login is accepted. */
    public BrowserSession logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = attemptLogIn(email, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login failed: " + response.statusCode() + " " + location);
        }
        return this;
    }

    /** Sends the login form and returns the response, whether or not the login was accepted. */
    public HttpResponse<String> attemptLogIn(String email, String password) throws IOException, InterruptedException {
        String token = csrfToken("/login");
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", token));
    }

    /** Returns the value of this session's cookie with that name, or null when there is none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), BodyHandlers.ofString());
    }

    /** Returns the CSRF token of the form on this page. */
    public String csrfToken(String path) throws IOException, InterruptedException {
        Matcher token = CSRF_FIELD.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    /** Posts the fields and one file part named "file" as multipart/form-data. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(multipart(fields, fileName, content))).build(),
                BodyHandlers.ofString());
    }

    /** Posts one file part named "file" to the JSON API with HTTP Basic, as a script would. */
    public HttpResponse<String> postFileToApi(String path, String email, String password, String fileName,
            byte[] content) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(multipart(Map.of(), fileName, content))).build(),
                BodyHandlers.ofString());
    }

    /**
     * Posts the fields and one file part named "file" as multipart/form-data, reading the file from
     * the stream as it sends it, so that a test can send more bytes than it could hold in memory.
     */
    public HttpResponse<String> postFileStream(String path, Map<String, String> fields, String fileName,
            InputStream content) throws IOException, InterruptedException {
        byte[] whole = multipart(fields, fileName, new byte[0]);
        String end = "\r\n--" + BOUNDARY + "--\r\n";
        int headLength = whole.length - end.length();
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(whole, 0, headLength),
                new SequenceInputStream(content, new ByteArrayInputStream(whole, headLength, end.length())));
        return client.send(request(path).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofInputStream(() -> body)).build(), BodyHandlers.ofString());
    }

    private static byte[] multipart(Map<String, String> fields, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html")
                .header("Accept-Language", language);
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
