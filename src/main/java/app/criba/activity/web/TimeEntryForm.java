package app.criba.activity.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import app.criba.system.FormErrors;
import app.criba.system.PlausibleDate;

/**
 * Fields of the time entry form. The time spent is given either in minutes or in hours, such as
 * 1.5, and hours are rounded to whole minutes.
 */
record TimeEntryForm(
        @NotNull @PlausibleDate LocalDate workedOn,
        @Min(MIN_MINUTES) @Max(MAX_MINUTES) Integer minutes,
        @DecimalMin("0") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @NotBlank @Size(max = 120) String technician,
        boolean billable,
        boolean afterHours,
        @Size(max = 4000) String note) {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 24 * 60;

    static TimeEntryForm empty(LocalDate today, String technician) {
        return new TimeEntryForm(today, null, null, technician, true, false, "");
    }

    /** Rejects a form with neither minutes nor hours, with both disagreeing, or with hours outside one day. */
    void checkDuration(BindingResult errors) {
        if (errors.hasFieldErrors("minutes") || errors.hasFieldErrors("hours")) {
            return;
        }
        if (minutes == null && hours == null) {
            FormErrors.reject(errors, "minutes", "timeEntry.error.durationMissing");
        } else if (minutes != null && hours != null && hoursInMinutes() != minutes) {
            FormErrors.reject(errors, "hours", "timeEntry.error.durationDisagrees");
        } else if (minutes == null && (hoursInMinutes() < MIN_MINUTES || hoursInMinutes() > MAX_MINUTES)) {
            FormErrors.reject(errors, "hours", "timeEntry.error.hoursOutOfRange");
        }
    }

    /** Returns the time spent in minutes, taken from the hours when minutes are blank. Call it only on a valid form. */
    int totalMinutes() {
        return minutes != null ? minutes : hoursInMinutes();
    }

    private int hoursInMinutes() {
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
