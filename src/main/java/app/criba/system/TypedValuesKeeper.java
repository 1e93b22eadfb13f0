package app.criba.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps what the user typed when a form is shown again after a value failed to convert (letters
 * in a number field). Spring then leaves the form without a target object, so every field would
 * come back blank. This swaps in a binding result that reads each field from the submitted
 * parameters, as typed, and carries the same errors.
 */
class TypedValuesKeeper implements HandlerInterceptor {

    /** The prefix Spring's checkbox marker fields carry: "_afterHours" is sent even when the box is unticked. */
    private static final String CHECKBOX_MARKER = "_";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || !"POST".equals(request.getMethod())) {
            return;
        }
        Map<String, Object> model = view.getModel();
        for (String key : new ArrayList<>(model.keySet())) {
            if (key.startsWith(BindingResult.MODEL_KEY_PREFIX) && model.get(key) instanceof BindingResult result
                    && result.getTarget() == null && model.get(result.getObjectName()) == null) {
                MapBindingResult typed = new TypedBindingResult(typedValues(request), result.getObjectName());
                typed.addAllErrors(result);
                model.put(key, typed);
            }
        }
    }

    /**
     * Reports a field that was not sent at all (an unticked checkbox without its marker) as a
     * boolean, because Thymeleaf draws a checkbox only for a boolean field or one with a value.
     */
    private static final class TypedBindingResult extends MapBindingResult {

        TypedBindingResult(Map<String, Object> values, String objectName) {
            super(values, objectName);
        }

        @Override
        public Class<?> getFieldType(String field) {
            Class<?> type = super.getFieldType(field);
            return type != null ? type : Boolean.class;
        }
    }

    private static Map<String, Object> typedValues(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        request.getParameterMap().forEach((name, typed) -> {
            if (name.startsWith(CHECKBOX_MARKER)) {
                String field = name.substring(CHECKBOX_MARKER.length());
                values.putIfAbsent(field, Boolean.FALSE);
            } else if (typed.length == 1 && ("true".equals(typed[0]) || "on".equals(typed[0]))) {
                values.put(name, Boolean.TRUE);
            } else {
                values.put(name, typed.length == 1 ? typed[0] : List.of(typed));
            }
        });
        // A ticked checkbox sends "true" or "on" beside its marker; Thymeleaf wants a boolean there.
        request.getParameterMap().keySet().stream()
                .filter(name -> name.startsWith(CHECKBOX_MARKER))
                .map(name -> name.substring(CHECKBOX_MARKER.length()))
                .forEach(field -> values.put(field, request.getParameter(field) != null
                        && !"false".equals(request.getParameter(field))));
        return values;
    }
}
