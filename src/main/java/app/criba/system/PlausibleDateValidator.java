package app.criba.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlausibleDate} on a {@code LocalDate} or {@code LocalDateTime}. Spring creates it
 * with the application's clock, so "today" is the same date that the rest of Criba uses.
 */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, TemporalAccessor> {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final int MAX_YEARS_AHEAD = 10;

    private final Clock clock;

    public PlausibleDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate date = LocalDate.from(value);
        LocalDate latest = LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD);
        return !date.isBefore(EARLIEST) && !date.isAfter(latest);
    }
}
