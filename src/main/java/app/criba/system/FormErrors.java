package app.criba.system;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Adds field errors to a form's binding result. When a value typed into a form record cannot be
 * converted (a date like 2025-13-01), Spring leaves the binding result without a target object, and
 * {@link BindingResult#rejectValue} then fails because it reads the field from that object. These
 * methods read the typed value from the binding result instead, so they work in both cases.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs Bean Validation on a form record that Spring built but left unvalidated because some typed
     * value could not be converted. Only fields without a conversion error get the constraint's
     * message, so that each field shows one message at a time.
     */
    public static void validateIfUnbound(Validator validator, Object form, BindingResult result) {
        if (result.getTarget() != null || form == null) {
            return;
        }
        BeanPropertyBindingResult constraints = new BeanPropertyBindingResult(form, result.getObjectName());
        validator.validate(form, constraints);
        for (FieldError error : constraints.getFieldErrors()) {
            if (!result.hasFieldErrors(error.getField())) {
                result.addError(error);
            }
        }
    }

    /** Rejects the field with a message code, unless the field already has an error. */
    public static void reject(BindingResult result, String field, String code, Object... arguments) {
        if (result.hasFieldErrors(field)) {
            return;
        }
        // Without a target, only the binding result's copy of the typed text is available.
        Object rejectedValue = result.getTarget() != null ? result.getRawFieldValue(field) : result.getFieldValue(field);
        String[] codes = result.resolveMessageCodes(code, field);
        result.addError(new FieldError(result.getObjectName(), field, rejectedValue, false, codes,
                arguments.length == 0 ? null : arguments, null));
    }
}
