package app.criba.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import app.criba.system.DatabaseOutage;

/**
 * Sends every page to the setup page while no account exists. Registered only inside the
 * security filter chain, not as a servlet filter of its own.
 */
class SetupRedirectFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SetupRedirectFilter.class);

    private final SetupState setup;
    private final DatabaseOutage outage;

    SetupRedirectFilter(SetupState setup, DatabaseOutage outage) {
        this.setup = setup;
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSetupComplete() && !isAllowedBeforeSetup(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Checks the setup state, counting it as complete while the database cannot be reached: the
     * login page then still opens, and every page that needs the database responds with 503 itself.
     */
    private boolean isSetupComplete() {
        try {
            return setup.isComplete();
        } catch (RuntimeException failure) {
            if (!outage.isCauseOf(failure)) {
                throw failure;
            }
            log.debug("Could not read the setup state because the database is not reachable: {}", failure.toString());
            return true;
        }
    }

    private static boolean isAllowedBeforeSetup(String path) {
        return path.equals("/setup") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/favicon.svg") || path.equals("/error")
                || path.startsWith("/actuator/");
    }
}
