package app.criba.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The date formats an import understands, written as users know them (yyyy for the year).
 * Parsing is strict, so 31/02/2024 is an error rather than the last day of February.
 */
public final class DateFormats {

    /** In the order a guess prefers them when several read every value to the same dates. */
    public static final List<String> SUPPORTED = List.of(
            "d/M/yyyy", "M/d/yyyy", "dd/MM/yyyy", "MM/dd/yyyy",
            "yyyy-MM-dd", "yyyy/MM/dd",
            "d.M.yyyy", "dd.MM.yyyy",
            "d-M-yyyy", "dd-MM-yyyy", "M-d-yyyy", "MM-dd-yyyy");

    private static final Map<String, DateTimeFormatter> FORMATTERS = SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), DateFormats::formatter));

    private DateFormats() {
    }

    public static boolean isSupported(String pattern) {
        return pattern != null && FORMATTERS.containsKey(pattern);
    }

    /** Returns the date, or null when the value does not match the pattern or names no real day. */
    public static LocalDate parse(String value, String pattern) {
        try {
            return LocalDate.parse(value.strip(), FORMATTERS.get(pattern));
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    /** Formats a date as the pattern writes it, for examples next to each choice. */
    public static String example(String pattern, LocalDate date) {
        return FORMATTERS.get(pattern).format(date);
    }

    /**
     * Returns the format that reads every value, or null when none does or when two formats that
     * read them all disagree on a date (01/02/2024 alone could be 1 February or 2 January).
     */
    public static String guess(List<String> values) {
        List<String> candidates = values.stream().filter(value -> !value.isBlank()).distinct().toList();
        if (candidates.isEmpty()) {
            return null;
        }
        String chosen = null;
        List<LocalDate> chosenDates = null;
        for (String pattern : SUPPORTED) {
            List<LocalDate> dates = parseAll(candidates, pattern);
            if (dates == null) {
                continue;
            }
            if (chosen == null) {
                chosen = pattern;
                chosenDates = dates;
            } else if (!dates.equals(chosenDates)) {
                return null;
            }
        }
        return chosen;
    }

    private static List<LocalDate> parseAll(List<String> values, String pattern) {
        List<LocalDate> dates = new ArrayList<>(values.size());
        for (String value : values) {
            LocalDate date = parse(value, pattern);
            if (date == null) {
                return null;
            }
            dates.add(date);
        }
        return dates;
    }

    private static DateTimeFormatter formatter(String pattern) {
        // In a strict formatter "yyyy" is the year of an era and needs an era to resolve, so use "uuuu".
        return DateTimeFormatter.ofPattern(Objects.requireNonNull(pattern).replace('y', 'u'))
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
