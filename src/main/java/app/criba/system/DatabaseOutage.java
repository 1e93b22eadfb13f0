package app.criba.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells whether a failure means that PostgreSQL cannot be reached, so that pages and the API
 * respond with 503 instead of 500 while the database is down.
 */
@Component
public class DatabaseOutage {

    /** The {@code error} value of the API's JSON body during an outage. */
    public static final String API_ERROR_CODE = "database_unavailable";

    /** PostgreSQL's SQLSTATE classes for a lost connection (08) and for a server shutting down (57P). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION_PREFIX = "57P";
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Checks the failure and its causes for a failed or lost connection. Any other database
     * failure counts as an outage when a fresh connection cannot be had either: a query on a
     * connection that broke mid-request can end with only the failed rollback's exception, which
     * names no connection problem.
     */
    public boolean isCauseOf(Throwable failure) {
        if (hasCause(failure, DatabaseOutage::isConnectionFailure)) {
            return true;
        }
        return hasCause(failure, DatabaseOutage::isDatabaseFailure) && !isReachable();
    }

    private boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    private static boolean hasCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable exception) {
        if (exception instanceof CannotCreateTransactionException
                || exception instanceof DataAccessResourceFailureException
                || exception instanceof JDBCConnectionException
                || exception instanceof SQLTransientConnectionException
                || exception instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = exception instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null
                && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION_PREFIX));
    }

    private static boolean isDatabaseFailure(Throwable exception) {
        return exception instanceof DataAccessException || exception instanceof TransactionException
                || exception instanceof PersistenceException || exception instanceof SQLException;
    }
}
