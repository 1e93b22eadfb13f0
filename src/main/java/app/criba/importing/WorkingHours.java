package app.criba.importing;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import app.criba.importing.file.DateFormats;

/**
 * The working hours that decide whether a time entry or an interaction without an after-hours
 * column counts as after hours: weekdays from 08:00 until 18:00, in the MSP's local time.
 */
final class WorkingHours {

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);

    private WorkingHours() {
    }

    /** Returns true when the moment falls before 08:00, from 18:00 on, or on a Saturday or Sunday. */
    static boolean isOutside(LocalDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return true;
        }
        LocalTime time = moment.toLocalTime();
        return time.isBefore(OPENS) || !time.isBefore(CLOSES);
    }

    /**
     * Returns true when a date-and-time value of the file gives a time of day. A value with only a
     * date is read at midnight, so only the text separates a missing time from a real 00:00.
     */
    static boolean givesTimeOfDay(String text, ImportMapping mapping) {
        return !text.isBlank() && mapping.dateFormat() != null
                && DateFormats.parse(text, mapping.dateFormat()) == null;
    }
}
