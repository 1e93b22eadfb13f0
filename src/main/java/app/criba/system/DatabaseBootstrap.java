package app.criba.system;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes sure Criba's database can be reached before the application context starts.
 * When the configured role or database is missing on a local server whose superuser
 * connects without a password, it creates both; when nothing can be reached it logs one
 * line that says what it tried and how to fix it, and stops the process.
 */
public class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);

    /** PostgreSQL's SQLSTATEs for a failed password check, an unknown role and an unknown database. */
    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";
    private static final String UNKNOWN_DATABASE = "3D000";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("criba.database.bootstrap", Boolean.class, true)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try {
            tryConnect(url, user, password);
        } catch (SQLException firstFailure) {
            String superuser = environment.getProperty("criba.database.superuser", "postgres");
            if (isMissingRoleOrDatabase(firstFailure) && createRoleAndDatabase(url, user, password, superuser)) {
                return;
            }
            log.error("Cannot connect to PostgreSQL at {} as user '{}' ({}). Either start a local PostgreSQL "
                    + "whose superuser 'postgres' can connect without a password (Criba then creates its role and "
                    + "database), or run 'docker compose up -d' in the project folder; set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use another server.",
                    url, user, firstFailure.getMessage());
            System.exit(1);
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot's logging listener, so that the log line above is formatted like the others.
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void tryConnect(String url, String user, String password) throws SQLException {
        try (Connection ignored = DriverManager.getConnection(url, credentials(user, password))) {
            log.debug("Connected to {}", url);
        }
    }

    private static boolean isMissingRoleOrDatabase(SQLException failure) {
        String state = failure.getSQLState();
        return INVALID_PASSWORD.equals(state) || INVALID_AUTHORIZATION.equals(state) || UNKNOWN_DATABASE.equals(state);
    }

    /**
     * Connects to the database, creating its role and the database itself through the local
     * superuser when they are missing.
     *
     * @return whether the database can be reached now
     */
    public static boolean ensureDatabase(String url, String user, String password, String superuser) {
        try {
            tryConnect(url, user, password);
            return true;
        } catch (SQLException failure) {
            return isMissingRoleOrDatabase(failure) && createRoleAndDatabase(url, user, password, superuser);
        }
    }

    private static boolean createRoleAndDatabase(String url, String user, String password, String superuser) {
        String database = databaseName(url);
        if (database == null || !isSafeIdentifier(database) || !isSafeIdentifier(user)) {
            return false;
        }
        String adminUrl = url.replaceFirst("/" + database + "(\\?|$)", "/postgres$1");
        try (Connection admin = DriverManager.getConnection(adminUrl, credentials(superuser, null));
                Statement statement = admin.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + user + "'")) {
                statement.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
                log.info("Created PostgreSQL role '{}'", user);
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + database + "'")) {
                statement.execute("create database " + database + " owner " + user);
                log.info("Created PostgreSQL database '{}' owned by '{}'", database, user);
            }
            tryConnect(url, user, password);
            return true;
        } catch (SQLException adminFailure) {
            log.debug("Could not create the role or database as '{}'", superuser, adminFailure);
            return false;
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (var result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    static String databaseName(String jdbcUrl) {
        try {
            String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
            return path == null || path.length() < 2 ? null : path.substring(1);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static boolean isSafeIdentifier(String name) {
        return name != null && name.matches("[a-z_][a-z0-9_]{0,62}");
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return properties;
    }
}
