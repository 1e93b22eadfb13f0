package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
    }

    @Test
    void guessesMonthFirstWhenADayExceedsTwelve() {
        assertThat(DateFormats.guess(List.of("1/2/2013", "1/26/2013", "12/1/2013"))).isEqualTo("M/d/yyyy");
    }

    @Test
    void guessesDayFirstWhenAMonthWouldExceedTwelve() {
        assertThat(DateFormats.guess(List.of("05/03/2024", "31/01/2024"))).isEqualTo("d/M/yyyy");
    }

    @Test
    void guessesIsoAndDottedFormats() {
        assertThat(DateFormats.guess(List.of("2024-01-31", "2024-02-01"))).isEqualTo("yyyy-MM-dd");
        assertThat(DateFormats.guess(List.of("31.01.2024", "1.2.2024"))).isEqualTo("d.M.yyyy");
    }

    @Test
    void guessesNothingWhenDayAndMonthCannotBeTold() {
        assertThat(DateFormats.guess(List.of("01/02/2024", "03/04/2024"))).isNull();
    }

    @Test
    void guessesNothingWhenNoFormatReadsEveryValue() {
        assertThat(DateFormats.guess(List.of("2024-01-31", "31/01/2024"))).isNull();
        assertThat(DateFormats.guess(List.of())).isNull();
    }
}
