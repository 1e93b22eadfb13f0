package app.criba.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises the exceptions that mean PostgreSQL cannot be reached, so that pages and the API
 * answer 503 instead of 500 while the database is down.
 */
public final class DatabaseOutage {

    /** The {@code error} value of the API's JSON body during an outage. */
    public static final String API_ERROR_CODE = "database_unavailable";

    /** PostgreSQL's SQLSTATE classes for a lost connection (08) and for a server shutting down (57P). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION_PREFIX = "57P";

    private DatabaseOutage() {
    }

    /** Checks the exception and its causes for a failed or lost database connection. */
    public static boolean isCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
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
}
