package app.criba.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Rules that apply to every value bound from a request, on every page and API endpoint. */
@ControllerAdvice
class BindingRules {

    @InitBinder
    void rejectControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
    }
}
