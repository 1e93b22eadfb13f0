package app.criba.importing.file;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time of day in the 24-hour and 12-hour forms that exports write. */
final class TimeParser {

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?[\\s\\u00A0]*(?:([ap])\\.?\\s?m\\.?)?",
            Pattern.CASE_INSENSITIVE);

    private TimeParser() {
    }

    /** Returns the time, or null when the text is no valid time. */
    static LocalTime parse(String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        int nano = matcher.group(4) == null ? 0 : Integer.parseInt((matcher.group(4) + "00000000").substring(0, 9));
        String halfOfDay = matcher.group(5);
        if (halfOfDay != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean afternoon = halfOfDay.toLowerCase(Locale.ROOT).equals("p");
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second, nano);
    }
}
