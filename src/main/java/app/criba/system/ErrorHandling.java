package app.criba.system;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Maps Criba's typed exceptions to localized error pages, never showing an exception message. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final DatabaseOutage outage;

    ErrorHandling(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(Exception exception) {
        log.debug("Not found: {}", exception.getMessage());
        return new ModelAndView("error/404");
    }

    /**
     * Shows the 400 page for a parameter name that the form cannot hold, such as
     * {@code thresholdA[0]} on a plain number field. No page of Criba sends one.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalidParameterName(InvalidPropertyException exception) {
        log.info("Rejected a request parameter: {}", exception.getMessage());
        return new ModelAndView("error/4xx");
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(ConflictException exception) {
        log.info("Conflict: {}", exception.getMessage());
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("conflictCode", exception.messageCode());
        return view;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView concurrentEdit(ObjectOptimisticLockingFailureException exception) {
        log.info("Concurrent edit of {} {}", exception.getPersistentClassName(), exception.getIdentifier());
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("conflictCode", "error.409.concurrentEdit");
        return view;
    }

    /**
     * Shows the 503 page while PostgreSQL cannot be reached, and rethrows any other database
     * failure so that it stays a 500. The request's transaction never started or was rolled back,
     * unless the connection dropped during the commit itself. Hikari opens new connections once
     * the database is back, so the next request succeeds without a restart.
     */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
            SQLException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ModelAndView databaseUnavailable(Exception exception) throws Exception {
        if (!outage.isCauseOf(exception)) {
            throw exception;
        }
        log.warn("Database not reachable: {}", exception.toString());
        return new ModelAndView("error/503");
    }
}
