package app.criba.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import app.criba.system.DatabaseBootstrap;

/**
 * The PostgreSQL server the tests run against: a Testcontainers PostgreSQL when a Docker engine
 * is reachable, otherwise the server named by CRIBA_TEST_DATABASE_URL (default: a local
 * criba_test database, created through the local superuser when it is missing).
 */
public final class TestDatabase {

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/criba_test";

    private static String url;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized String url() {
        start();
        return url;
    }

    public static synchronized String username() {
        start();
        return username;
    }

    public static synchronized String password() {
        start();
        return password;
    }

    private static void start() {
        if (url != null) {
            return;
        }
        String configured = System.getenv("CRIBA_TEST_DATABASE_URL");
        if ((configured == null || configured.isBlank()) && isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16.4-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            return;
        }
        url = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        username = env("CRIBA_TEST_DATABASE_USERNAME", "criba");
        password = env("CRIBA_TEST_DATABASE_PASSWORD", "criba");
        if (!DatabaseBootstrap.ensureDatabase(url, username, password, env("CRIBA_TEST_DATABASE_SUPERUSER", "postgres"))) {
            throw new IllegalStateException("Cannot reach the test database " + url + " as " + username
                    + ": start PostgreSQL, or set CRIBA_TEST_DATABASE_URL, CRIBA_TEST_DATABASE_USERNAME and "
                    + "CRIBA_TEST_DATABASE_PASSWORD");
        }
    }

    private static boolean isDockerAvailable() {
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!dockerConfigured) {
            // Asking Testcontainers here would log a long error on every machine without Docker.
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
