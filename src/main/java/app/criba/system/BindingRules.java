package app.criba.system;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/** Rules that apply to every value bound from a request, on every page and API endpoint. */
@ControllerAdvice
class BindingRules {

    /** A parameter name whose brackets, if any, each hold a list index of 1 to 3 digits. */
    private static final Pattern WELL_FORMED_NAME = Pattern.compile("[^\\[\\]]*(\\[\\d{1,3}][^\\[\\]]*)*");
    /** The import mapping form's map of columns, keyed by field name, such as {@code columns[issueDate]}. */
    private static final Pattern COLUMN_OF_FIELD = Pattern.compile("columns\\[[a-zA-Z]{1,40}]");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @InitBinder
    void rejectControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
    }

    /**
     * Rejects a request with a parameter such as {@code payments[x].amount} or
     * {@code payments[300].amount}. Spring's binding of a list in a form record fails on such names
     * with an unchecked exception (a 500 page). No page of Criba sends them, so the request is
     * rejected with 400.
     */
    @InitBinder
    void rejectMalformedIndexes(WebDataBinder binder, WebRequest request) throws ServletRequestBindingException {
        for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
            String name = names.next();
            if (!isWellFormed(name, binder.getAutoGrowCollectionLimit())) {
                throw new ServletRequestBindingException("Malformed parameter name: " + name);
            }
        }
    }

    static boolean isWellFormed(String name, int indexLimit) {
        if (COLUMN_OF_FIELD.matcher(name).matches()) {
            return true;
        }
        if (!WELL_FORMED_NAME.matcher(name).matches()) {
            return false;
        }
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            if (Integer.parseInt(index.group(1)) >= indexLimit) {
                return false;
            }
        }
        return true;
    }
}
