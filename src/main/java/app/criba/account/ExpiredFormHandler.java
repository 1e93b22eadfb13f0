package app.criba.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends the 403 page. A request whose CSRF token is missing or stale is marked, so that the page
 * shows that the form expired (usually because the session ended) instead of "your account cannot
 * open this page".
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    /** The request attribute that the 403 page checks. */
    static final String FORM_EXPIRED = "formExpired";

    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
        }
        errorPage.handle(request, response, denied);
    }
}
