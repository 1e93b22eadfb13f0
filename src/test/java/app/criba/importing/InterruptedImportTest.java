package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import app.criba.support.DatabaseCleaner;
import app.criba.support.TestDatabase;

/**
 * Kills the application while it writes a large invoice file and checks that nothing of that file
 * remains, because each file is imported in one transaction. The application runs as a separate
 * JVM on the test classpath, without the test classes, against the test database.
 */
class InterruptedImportTest {

    private static final String EMAIL = "owner@example.com";
    private static final String PASSWORD = "owner-password-1";

    /** Rows in the generated file: enough that writing them takes several seconds, so the kill lands mid-import. */
    private static final int ROWS = 200_000;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration IMPORT_START_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    JdbcTemplate jdbc;
    Process application;
    int port;

    @BeforeEach
    void setUp() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.url(),
                TestDatabase.username(), TestDatabase.password());
        jdbc = new JdbcTemplate(dataSource);
        DatabaseCleaner.clean(jdbc);
    }

    @AfterEach
    void stopApplication() throws InterruptedException {
        if (application != null && application.isAlive()) {
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedImportLeavesNothingOfFile() throws Exception {
        Path file = invoiceFile(ROWS);
        start("first");

        long runId = postImport(file);
        awaitImportWriting(runId);
        application.destroyForcibly();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(count("select count(*) from invoice")).isZero();
        assertThat(count("select count(*) from payment")).isZero();
        assertThat(count("select count(*) from client")).isZero();
        assertThat(count("select count(*) from invoice where import_run_id = " + runId)).isZero();
        assertThat(jdbc.queryForObject("select status from import_run where id = ?", String.class, runId))
                .isEqualTo("IMPORTING");

        start("second");

        assertThat(jdbc.queryForObject("select status from import_run where id = ?", String.class, runId))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select errors::text from import_run where id = ?", String.class, runId))
                .contains("import.error.interrupted");
        assertThat(count("select count(*) from invoice")).isZero();
        assertThat(count("select count(*) from client")).isZero();
    }

    private Path invoiceFile(int rows) throws IOException {
        Path file = folder.resolve("invoices.csv");
        StringBuilder text = new StringBuilder(rows * 70);
        text.append("Customer,Invoice No,Invoice Date,Due Date,Amount,Paid Date\n");
        for (int row = 1; row <= rows; row++) {
            int month = 1 + row % 12;
            text.append("Killed Import Client ").append(row % 2000).append(",INV-").append(row)
                    .append(",2024-").append(month < 10 ? "0" : "").append(month).append("-05,2024-")
                    .append(month < 10 ? "0" : "").append(month).append("-25,")
                    .append(100 + row % 900).append(".00,")
                    .append(row % 3 == 0 ? "" : "2024-" + (month < 10 ? "0" : "") + month + "-20")
                    .append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Starts the application on a free port and waits until it serves HTTP requests and has its owner account. */
    private void start(String name) throws Exception {
        port = freePort();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp", classpath,
                "app.criba.CribaApplication", "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--criba.import.api-wait=0s",
                "--criba.import.upload-dir=" + folder.resolve("uploads-" + name)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("application-" + name + ".log").toFile());
        builder.environment().putAll(Map.of("CRIBA_OWNER_EMAIL", EMAIL, "CRIBA_OWNER_PASSWORD", PASSWORD));
        application = builder.start();

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(application.isAlive()).as("application stopped at start-up: %s", log(name)).isTrue();
            try {
                send(HttpRequest.newBuilder(uri("/login")).GET().build());
                // The web server accepts requests before the start-up runner creates the owner account.
                if (count("select count(*) from app_user where email = '" + EMAIL + "'") == 1) {
                    return;
                }
            } catch (ConnectException notYetListening) {
                // Not listening yet, so try again below.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("application did not start within " + START_TIMEOUT + ": " + log(name));
    }

    private long postImport(Path file) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/imports/invoices?fileName=invoices.csv"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return jdbc.queryForObject("select max(id) from import_run", Long.class);
    }

    /** Waits until the run is writing rows, so that the kill falls inside the import's transaction. */
    private void awaitImportWriting(long runId) throws InterruptedException {
        long deadline = System.nanoTime() + IMPORT_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> run = jdbc.queryForMap("select status, rows_read from import_run where id = ?", runId);
            if ("IMPORTING".equals(run.get("status")) && ((Number) run.get("rows_read")).intValue() > 0) {
                return;
            }
            assertThat(run.get("status")).as("run status").isIn("CHECKING", "IMPORTING");
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " did not start writing within " + IMPORT_START_TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private String log(String name) {
        try {
            String text = Files.readString(folder.resolve("application-" + name + ".log"));
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
