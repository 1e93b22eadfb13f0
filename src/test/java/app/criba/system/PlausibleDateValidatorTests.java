package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PlausibleDateValidatorTests {

    private final PlausibleDateValidator validator = new PlausibleDateValidator(
            Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void acceptsFirstDayOf1990() {
        assertThat(validator.isValid(LocalDate.of(1990, 1, 1), null)).isTrue();
    }

    @Test
    void rejectsLastDayOf1989() {
        assertThat(validator.isValid(LocalDate.of(1989, 12, 31), null)).isFalse();
    }

    @Test
    void acceptsTenYearsFromToday() {
        assertThat(validator.isValid(LocalDate.of(2035, 6, 15), null)).isTrue();
    }

    @Test
    void rejectsDayAfterTenYearsFromToday() {
        assertThat(validator.isValid(LocalDate.of(2035, 6, 16), null)).isFalse();
    }

    @Test
    void rejectsTypoedYear() {
        assertThat(validator.isValid(LocalDate.of(202, 3, 1), null)).isFalse();
    }

    @Test
    void checksDateOfDateTime() {
        assertThat(validator.isValid(LocalDateTime.of(1990, 1, 1, 0, 0), null)).isTrue();
        assertThat(validator.isValid(LocalDateTime.of(1989, 12, 31, 23, 59), null)).isFalse();
    }

    @Test
    void leavesMissingDateToNotNull() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
