package app.criba.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login attempt before Spring Security checks the password when its client address
 * is blocked (429) or its e-mail address is locked (the login page's lock message, or 429 on the
 * API). One instance guards the login form, another HTTP Basic on the API.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final String BASIC_PREFIX = "basic ";

    private final LoginAttempts attempts;
    private final boolean api;

    private LoginThrottleFilter(LoginAttempts attempts, boolean api) {
        this.attempts = attempts;
        this.api = api;
    }

    static LoginThrottleFilter forLoginForm(LoginAttempts attempts) {
        return new LoginThrottleFilter(attempts, false);
    }

    static LoginThrottleFilter forHttpBasic(LoginAttempts attempts) {
        return new LoginThrottleFilter(attempts, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = api ? basicUsername(request) : formUsername(request);
        if (email == null) {
            chain.doFilter(request, response);
            return;
        }
        Duration addressBlock = attempts.addressBlockRemaining(request.getRemoteAddr());
        if (!addressBlock.isZero()) {
            log.debug("Turned away a login from the blocked address {}", request.getRemoteAddr());
            tooManyAttempts(response, "too_many_attempts", addressBlock);
            return;
        }
        Duration accountLock = attempts.accountLockRemaining(email);
        if (!accountLock.isZero()) {
            log.debug("Turned away a login for a locked e-mail address from {}", request.getRemoteAddr());
            if (api) {
                tooManyAttempts(response, "account_locked", accountLock);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?locked");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Returns the e-mail address of a login form submission, or null for any other request. */
    private static String formUsername(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !"/login".equals(path)) {
            return null;
        }
        String username = request.getParameter("username");
        return username == null ? "" : username;
    }

    /** Returns the user name of an HTTP Basic header, or null when there is none or it cannot be decoded. */
    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC_PREFIX, 0, BASIC_PREFIX.length())) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(BASIC_PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private void tooManyAttempts(HttpServletResponse response, String errorCode, Duration remaining)
            throws IOException {
        long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (!api) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + errorCode + "\"}");
    }
}
