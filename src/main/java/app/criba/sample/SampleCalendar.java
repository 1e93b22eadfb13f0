package app.criba.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Random days and times of the sample records. Business hours are 08:30 to 18:00 on weekdays.
 * After hours are 19:00 to 23:30, and a sample record flagged after hours falls in that span.
 */
final class SampleCalendar {

    private SampleCalendar() {
    }

    /** Returns a day from {@code from} to {@code to}, both included. */
    static LocalDate dayBetween(Random random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
    }

    /** Returns a weekday from {@code from} to {@code to}, or {@code from} when the range holds only a weekend. */
    static LocalDate workdayBetween(Random random, LocalDate from, LocalDate to) {
        for (int attempt = 0; attempt < 10; attempt++) {
            LocalDate day = dayBetween(random, from, to);
            if (isWorkday(day)) {
                return day;
            }
        }
        return from;
    }

    static LocalDateTime businessHours(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(8, 30).plusMinutes(5L * random.nextInt(114)));
    }

    static LocalDateTime afterHours(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(19, 0).plusMinutes(5L * random.nextInt(55)));
    }

    /** Returns a time around 10 pm, when the panicked emergency calls come in. */
    static LocalDateTime lateEvening(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(21, 30).plusMinutes(5L * random.nextInt(22)));
    }

    private static boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
