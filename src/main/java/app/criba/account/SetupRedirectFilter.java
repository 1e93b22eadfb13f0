package app.criba.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends every page to the setup page while no account exists. Registered only inside the
 * security filter chain, not as a servlet filter of its own.
 */
class SetupRedirectFilter extends OncePerRequestFilter {

    private final SetupState setup;

    SetupRedirectFilter(SetupState setup) {
        this.setup = setup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!setup.isComplete() && !isAllowedBeforeSetup(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowedBeforeSetup(String path) {
        return path.equals("/setup") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/favicon.svg") || path.equals("/error")
                || path.startsWith("/actuator/");
    }
}
