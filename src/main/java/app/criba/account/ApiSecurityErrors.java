package app.criba.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import app.criba.system.DatabaseOutage;

/**
 * The JSON API's 401 and 403 responses, with the same stable error codes as its other errors:
 * {@code unauthorized} for missing, wrong or revoked credentials and {@code forbidden} for a
 * call that the user's role or the token's access does not allow. When the credentials could not
 * be checked because the database is not reachable, it answers 503 instead of 401.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityErrors.class);

    private final DatabaseOutage outage;

    ApiSecurityErrors(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (outage.isCauseOf(failure)) {
            log.warn("Could not check API credentials because the database is not reachable: {}", failure.toString());
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.API_ERROR_CODE);
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Criba\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Criba\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
    }

    private static void write(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
