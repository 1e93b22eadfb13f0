package app.criba.importing.file;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.criba.system.PlainText;

/**
 * The date formats an import reads, written as users know them (yyyy for the year). Parsing is
 * strict, so 31/02/2024 is no date rather than the last day of February. Month names are English
 * abbreviations in any letter case (Jan, SEP). A two-digit year (yy) is read between 1980 and
 * 2079, so 00 to 79 are 2000 to 2079 and 80 to 99 are 1980 to 1999.
 */
public final class DateFormats {

    /** In the order a guess prefers them when several read every value to the same dates. */
    public static final List<String> SUPPORTED = List.of(
            "d/M/yyyy", "M/d/yyyy", "dd/MM/yyyy", "MM/dd/yyyy",
            "yyyy-MM-dd", "yyyy/MM/dd",
            "d.M.yyyy", "dd.MM.yyyy",
            "d-M-yyyy", "dd-MM-yyyy", "M-d-yyyy", "MM-dd-yyyy",
            "d-MMM-yyyy", "d MMM yyyy", "MMM d, yyyy",
            "d/M/yy", "M/d/yy", "d.M.yy", "d-MMM-yy");

    /** The first year that a two-digit year can stand for. */
    private static final int TWO_DIGIT_YEAR_BASE = 1980;

    private static final Map<String, DateTimeFormatter> FORMATTERS = SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), DateFormats::formatter));

    private DateFormats() {
    }

    public static boolean isSupported(String pattern) {
        return pattern != null && FORMATTERS.containsKey(pattern);
    }

    /**
     * Returns the date, or null when the value does not match the pattern or names no real day.
     *
     * @throws IllegalArgumentException when the pattern is not one of {@link #SUPPORTED}
     */
    public static LocalDate parse(String value, String pattern) {
        DateTimeFormatter formatter = formatterFor(pattern);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(PlainText.strip(value), formatter);
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    /** Formats a date as the pattern writes it, for examples next to each choice. */
    public static String example(String pattern, LocalDate date) {
        return formatterFor(pattern).format(date);
    }

    /**
     * Returns every supported format that reads every non-blank value, in preference order, or an
     * empty list when no value is given. Each format tries the values until one fails, so pass a
     * sample of a large column rather than all of it.
     */
    public static List<String> fitting(Collection<String> values) {
        Set<String> candidates = nonBlank(values);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> fitting = new ArrayList<>();
        for (String pattern : SUPPORTED) {
            if (candidates.stream().allMatch(value -> parse(value, pattern) != null)) {
                fitting.add(pattern);
            }
        }
        return List.copyOf(fitting);
    }

    /**
     * Tells whether two of the fitting formats read some value to different dates, as d/M/yyyy and
     * M/d/yyyy read 09/01/2017, so that the user must choose the format.
     */
    public static boolean ambiguous(List<String> fitting, Collection<String> values) {
        for (String value : nonBlank(values)) {
            Set<LocalDate> dates = new HashSet<>();
            for (String pattern : fitting) {
                LocalDate date = parse(value, pattern);
                if (date != null) {
                    dates.add(date);
                }
            }
            if (dates.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the date and time of a value that starts with a date in the pattern, optionally
     * followed by a space or ISO "T" and a time that {@link #parseTime} reads, or null when the value
     * is not like that. A value with only a date is read at midnight.
     */
    public static LocalDateTime parseDateTime(String value, String datePattern) {
        DateTimeFormatter formatter = formatterFor(datePattern);
        if (value == null) {
            return null;
        }
        String text = PlainText.strip(value);
        ParsePosition position = new ParsePosition(0);
        LocalDate date;
        try {
            TemporalAccessor parsed = formatter.parse(text, position);
            date = LocalDate.from(parsed);
        } catch (DateTimeException invalid) {
            return null;
        }
        String rest = text.substring(position.getIndex());
        if (rest.isEmpty()) {
            return date.atStartOfDay();
        }
        char separator = rest.charAt(0);
        if (separator != 'T' && !Character.isWhitespace(separator) && !Character.isSpaceChar(separator)) {
            return null;
        }
        LocalTime time = parseTime(rest.substring(1));
        return time == null ? null : date.atTime(time);
    }

    /**
     * Returns the time of a value such as 14:05, 14:05:09, 14:05:09.250, 2:05 PM or 2:05:09 pm
     * (also a.m. and p.m.), or null when the value is not a valid time.
     */
    public static LocalTime parseTime(String value) {
        return value == null ? null : TimeParser.parse(PlainText.strip(value));
    }

    private static Set<String> nonBlank(Collection<String> values) {
        Set<String> nonBlank = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !PlainText.strip(value).isEmpty()) {
                nonBlank.add(value);
            }
        }
        return nonBlank;
    }

    private static DateTimeFormatter formatterFor(String pattern) {
        DateTimeFormatter formatter = pattern == null ? null : FORMATTERS.get(pattern);
        if (formatter == null) {
            throw new IllegalArgumentException("Unsupported date format: " + pattern);
        }
        return formatter;
    }

    private static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
        if (pattern.endsWith("yy") && !pattern.endsWith("yyyy")) {
            builder.appendPattern(pattern.substring(0, pattern.length() - 2))
                    .appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_YEAR_BASE);
        } else {
            // In a strict formatter "yyyy" is the year of an era and needs an era to resolve, so use "uuuu".
            builder.appendPattern(pattern.replace('y', 'u'));
        }
        return builder.toFormatter(Locale.ENGLISH)
                .withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
