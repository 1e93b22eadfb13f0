package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateFormatsTest {

    @Test
    void rejectsDayThatDoesNotExist() {
        assertThat(DateFormats.parse("31/02/2024", "dd/MM/yyyy")).isNull();
        assertThat(DateFormats.parse("31/02/2024", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parse("29/02/2023", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parse("29/02/2024", "d/M/yyyy")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void readsEachSupportedFormat() {
        LocalDate date = LocalDate.of(2013, 1, 26);

        for (String pattern : DateFormats.SUPPORTED) {
            assertThat(DateFormats.parse(DateFormats.example(pattern, date), pattern)).as(pattern).isEqualTo(date);
        }
    }

    @Test
    void rejectsValueInOtherFormat() {
        assertThat(DateFormats.parse("2024-01-31", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parse("1/26/2013", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parse("1/2/2013", "MM/dd/yyyy")).isNull();
        assertThat(DateFormats.parse("31/01/24", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parse("31/01/2024", "d/M/yy")).isNull();
        assertThat(DateFormats.parse(null, "d/M/yyyy")).isNull();
    }

    @Test
    void rejectsUnsupportedPattern() {
        assertThatThrownBy(() -> DateFormats.parse("2024", "yyyy")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DateFormats.isSupported("d/M/yyyy")).isTrue();
        assertThat(DateFormats.isSupported("yyyy")).isFalse();
        assertThat(DateFormats.isSupported(null)).isFalse();
    }

    @Test
    void readsEnglishMonthAbbreviations() {
        assertThat(DateFormats.parse("5-Jan-2024", "d-MMM-yyyy")).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(DateFormats.parse("05 SEP 2024", "d MMM yyyy")).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(DateFormats.parse("Dec 31, 2023", "MMM d, yyyy")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(DateFormats.parse("31-jan-24", "d-MMM-yy")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(DateFormats.parse("31-Feb-2024", "d-MMM-yyyy")).isNull();
        assertThat(DateFormats.parse("5-Ene-2024", "d-MMM-yyyy")).isNull();
    }

    @Test
    void readsTwoDigitYearsFrom1980To2079() {
        assertThat(DateFormats.parse("31/1/00", "d/M/yy")).isEqualTo(LocalDate.of(2000, 1, 31));
        assertThat(DateFormats.parse("31/1/79", "d/M/yy")).isEqualTo(LocalDate.of(2079, 1, 31));
        assertThat(DateFormats.parse("31/1/80", "d/M/yy")).isEqualTo(LocalDate.of(1980, 1, 31));
        assertThat(DateFormats.parse("1/31/99", "M/d/yy")).isEqualTo(LocalDate.of(1999, 1, 31));
        assertThat(DateFormats.parse("29.2.23", "d.M.yy")).isNull();
    }

    @Test
    void fitsBothOrdersWhenDayIsTwelveOrLess() {
        List<String> values = List.of("09/01/2017");

        List<String> fitting = DateFormats.fitting(values);

        assertThat(fitting).containsExactly("d/M/yyyy", "M/d/yyyy", "dd/MM/yyyy", "MM/dd/yyyy");
        assertThat(DateFormats.ambiguous(fitting, values)).isTrue();
    }

    @Test
    void fitsOnlyDayFirstWhenDayExceedsTwelve() {
        List<String> values = List.of("31/01/2017", "09/01/2017");

        List<String> fitting = DateFormats.fitting(values);

        assertThat(fitting).containsExactly("d/M/yyyy", "dd/MM/yyyy");
        assertThat(DateFormats.ambiguous(fitting, values)).isFalse();
    }

    @Test
    void fitsMonthFirstWhenDayExceedsTwelve() {
        List<String> values = List.of("1/2/2013", "1/26/2013", "12/1/2013");

        assertThat(DateFormats.fitting(values)).containsExactly("M/d/yyyy");
    }

    @Test
    void fitsNothingForImpossibleDate() {
        assertThat(DateFormats.fitting(List.of("31/02/2024"))).isEmpty();
    }

    @Test
    void fitsIsoAndDottedFormats() {
        List<String> iso = List.of("2024-01-31", "2024-02-01");
        List<String> dotted = List.of("31.01.2024", "1.2.2024");

        assertThat(DateFormats.fitting(iso)).containsExactly("yyyy-MM-dd");
        assertThat(DateFormats.fitting(dotted)).containsExactly("d.M.yyyy");
        assertThat(DateFormats.ambiguous(DateFormats.fitting(dotted), dotted)).isFalse();
    }

    @Test
    void ambiguousWhenDayAndMonthCannotBeTold() {
        List<String> values = List.of("01/02/2024", "03/04/2024");

        assertThat(DateFormats.ambiguous(DateFormats.fitting(values), values)).isTrue();
    }

    @Test
    void notAmbiguousWhenBothOrdersAgree() {
        List<String> values = List.of("01/01/2024", "05/05/2024");

        assertThat(DateFormats.fitting(values)).hasSize(4);
        assertThat(DateFormats.ambiguous(DateFormats.fitting(values), values)).isFalse();
    }

    @Test
    void fitsNothingWhenNoFormatReadsEveryValue() {
        assertThat(DateFormats.fitting(List.of("2024-01-31", "31/01/2024"))).isEmpty();
        assertThat(DateFormats.fitting(List.of())).isEmpty();
        assertThat(DateFormats.fitting(Arrays.asList("", " ", null))).isEmpty();
    }

    @Test
    void fittingIgnoresBlankValues() {
        assertThat(DateFormats.fitting(Arrays.asList("2024-01-31", "", null))).containsExactly("yyyy-MM-dd");
    }

    @Test
    void readsDateWithTime() {
        LocalDateTime expected = LocalDateTime.of(2024, 1, 31, 14, 5, 9);

        assertThat(DateFormats.parseDateTime("31/01/2024 14:05:09", "d/M/yyyy")).isEqualTo(expected);
        assertThat(DateFormats.parseDateTime("2024-01-31T14:05:09", "yyyy-MM-dd")).isEqualTo(expected);
        assertThat(DateFormats.parseDateTime("1/31/2024 2:05:09 PM", "M/d/yyyy")).isEqualTo(expected);
        assertThat(DateFormats.parseDateTime("31/01/2024 14:05", "d/M/yyyy")).isEqualTo(expected.withSecond(0));
        assertThat(DateFormats.parseDateTime("31-Jan-24 2:05 pm", "d-MMM-yy")).isEqualTo(expected.withSecond(0));
    }

    @Test
    void readsDateOnlyAtMidnight() {
        assertThat(DateFormats.parseDateTime(" 31/01/2024 ", "d/M/yyyy")).isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0));
    }

    @Test
    void rejectsBadDateTimes() {
        assertThat(DateFormats.parseDateTime("31/02/2024 14:05", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parseDateTime("31/01/2024 25:05", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parseDateTime("31/01/2024x14:05", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parseDateTime("31/01/2024 later", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parseDateTime("2024-01-31 14:05", "d/M/yyyy")).isNull();
        assertThat(DateFormats.parseDateTime(null, "d/M/yyyy")).isNull();
    }

    @Test
    void readsTimesOfDay() {
        assertThat(DateFormats.parseTime("14:05")).isEqualTo(LocalTime.of(14, 5));
        assertThat(DateFormats.parseTime("14:05:09")).isEqualTo(LocalTime.of(14, 5, 9));
        assertThat(DateFormats.parseTime("2:05 PM")).isEqualTo(LocalTime.of(14, 5));
        assertThat(DateFormats.parseTime("2:05:09 pm")).isEqualTo(LocalTime.of(14, 5, 9));
        assertThat(DateFormats.parseTime("12:30 AM")).isEqualTo(LocalTime.of(0, 30));
        assertThat(DateFormats.parseTime("12:30 p.m.")).isEqualTo(LocalTime.of(12, 30));
        assertThat(DateFormats.parseTime("9:00am")).isEqualTo(LocalTime.of(9, 0));
        assertThat(DateFormats.parseTime("14:05:09.250")).isEqualTo(LocalTime.of(14, 5, 9, 250_000_000));
        assertThat(DateFormats.parseTime("0:00")).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void rejectsBadTimes() {
        for (String bad : new String[] { "24:00", "13:00 PM", "0:30 AM", "14:60", "14:05:60", "14", "14.05", "",
                "2:05 XM", "14:5", "-1:00" }) {
            assertThat(DateFormats.parseTime(bad)).as(bad).isNull();
        }
        assertThat(DateFormats.parseTime(null)).isNull();
    }
}
