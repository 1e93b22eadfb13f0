package app.criba.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the address it was opened with, without the language parameter, so that
 * the ES/EN switch keeps the date, filters and page the user was looking at.
 */
@ControllerAdvice
class CurrentPageLinks {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        // Only a GET's parameters describe the page; a POST's are form fields, passwords included.
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!"lang".equals(name)) {
                    link.queryParam(name, (Object[]) values);
                }
            });
        }
        return link.encode().build().toUriString();
    }
}
