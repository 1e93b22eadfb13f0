package app.criba.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import app.criba.system.DatabaseOutage;

/**
 * Asks an API client for HTTP Basic credentials (401), except when the credentials could not be
 * checked because the database is not reachable: then it responds with 503, so that a script retries
 * later instead of reporting a wrong password.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationEntryPoint.class);

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final DatabaseOutage outage;

    ApiAuthenticationEntryPoint(DatabaseOutage outage) {
        this.outage = outage;
        basic.setRealmName("Criba");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!outage.isCauseOf(exception)) {
            basic.commence(request, response, exception);
            return;
        }
        log.warn("Could not check API credentials because the database is not reachable: {}", exception.toString());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + DatabaseOutage.API_ERROR_CODE + "\"}");
    }
}
