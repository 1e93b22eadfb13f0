package app.criba.system;

import java.sql.SQLException;
import java.util.Map;

import jakarta.persistence.PersistenceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Gives the JSON API the same typed responses as the pages: 404 for missing records, 400 for bad
 * parameters, 409 for conflicts and 503 while the database cannot be reached. It runs before
 * {@link ErrorHandling}, whose selector also matches REST controllers, so that the API gets JSON.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    private final DatabaseOutage outage;

    ApiErrorHandling(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found"));
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    ResponseEntity<Map<String, String>> badParameter(Exception exception) {
        String parameter = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) exception).getParameterName();
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_parameter", "parameter", parameter));
    }

    @ExceptionHandler({ ConflictException.class, ObjectOptimisticLockingFailureException.class })
    ResponseEntity<Map<String, String>> conflict(Exception exception) {
        log.info("Conflict on the API: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict"));
    }

    /** Responds with 503 while PostgreSQL cannot be reached, and rethrows any other database failure so that it stays a 500. */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
            SQLException.class })
    ResponseEntity<Map<String, String>> databaseUnavailable(Exception exception) throws Exception {
        if (!outage.isCauseOf(exception)) {
            throw exception;
        }
        log.warn("Database not reachable: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("error", DatabaseOutage.API_ERROR_CODE));
    }
}
