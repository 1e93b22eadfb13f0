package app.criba.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date (or date and time) between 1990-01-01 and ten years after today. A date outside that
 * range is almost always a typing slip, such as 0202 for 2020. Null counts as valid, so combine it
 * with {@code @NotNull} for a required date.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{date.absurd}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
