package app.criba.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import app.criba.system.DatabaseOutage;

/**
 * Sends a failed login back to the login page, with the lock message once the e-mail address is
 * locked and with "wrong e-mail or password" otherwise. When the database could not be reached,
 * the password was never checked, so it shows the 503 page instead.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final LoginAttempts attempts;
    private final DatabaseOutage outage;

    LoginFailureHandler(LoginAttempts attempts, DatabaseOutage outage) {
        this.attempts = attempts;
        this.outage = outage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (outage.isCauseOf(exception)) {
            log.warn("Could not check a login because the database is not reachable: {}", exception.toString());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        String email = request.getParameter("username");
        String outcome = email != null && attempts.isAccountLocked(email) ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
