package app.criba.importing.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.criba.system.PlainText;

/**
 * Reads the length of time entries in minutes. Seconds and fractions of an hour round to the
 * nearest minute, halves up, and any length above zero is at least one minute.
 */
public final class Durations {

    /** 1:30 and 01:30:00: hours, minutes and optional seconds. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,6}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,7}");
    /** 1.5h, 1,5 h, 2 hours, 1h 30m, 1h30. */
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,5}(?:[.,]\\d{1,6})?) ?h(?:rs?|ours?)?(?: ?(\\d{1,2}) ?(?:m|mins?|minutes?)?)?");
    /** 90m, 90 min, 90 minutes. */
    private static final Pattern MINUTES_WITH_UNIT = Pattern.compile("(\\d{1,7}) ?(?:m|mins?|minutes?)");
    private static final Pattern DECIMAL_HOURS = Pattern.compile("\\d{1,5}(?:[.,]\\d{1,6})?");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private Durations() {
    }

    /**
     * Returns the minutes of a value such as 01:30:00, 1:30, 90 (minutes), 1.5h, 1,5 h or 1h 30m, or
     * null when the value is blank, negative or not a length of time. A plain number without a unit
     * is minutes; see {@link #minutesFromHours} for a column of decimal hours.
     */
    public static Integer minutes(String value) {
        String text = value == null ? "" : PlainText.strip(value).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            return fromClock(clock);
        }
        if (MINUTES.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        Matcher hours = HOURS.matcher(text);
        if (hours.matches()) {
            BigDecimal minutes = hours(hours.group(1)).multiply(MINUTES_PER_HOUR);
            if (hours.group(2) != null) {
                if (Integer.parseInt(hours.group(2)) > 59) {
                    return null;
                }
                minutes = minutes.add(new BigDecimal(hours.group(2)));
            }
            return rounded(minutes);
        }
        Matcher minutes = MINUTES_WITH_UNIT.matcher(text);
        return minutes.matches() ? Integer.valueOf(minutes.group(1)) : null;
    }

    /**
     * Returns the minutes of a number of hours with a decimal point or comma, such as 1.5 or 0,25,
     * as PSA tools export time entries. Returns null when the value is blank, negative or no number.
     */
    public static Integer minutesFromHours(String value) {
        String text = value == null ? "" : PlainText.strip(value);
        if (!DECIMAL_HOURS.matcher(text).matches()) {
            return null;
        }
        return rounded(hours(text).multiply(MINUTES_PER_HOUR));
    }

    private static Integer fromClock(Matcher clock) {
        int minutes = Integer.parseInt(clock.group(2));
        int seconds = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
        if (minutes > 59 || seconds > 59) {
            return null;
        }
        BigDecimal total = new BigDecimal(clock.group(1)).multiply(MINUTES_PER_HOUR)
                .add(BigDecimal.valueOf(minutes))
                .add(BigDecimal.valueOf(seconds).divide(MINUTES_PER_HOUR, 6, RoundingMode.HALF_UP));
        return rounded(total);
    }

    private static BigDecimal hours(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    private static Integer rounded(BigDecimal minutes) {
        int whole = minutes.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return whole == 0 && minutes.signum() > 0 ? 1 : whole;
    }
}
