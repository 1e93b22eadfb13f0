package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01:30:00|90", "1:30|90", "90|90", "0|0", "00:00:00|0", "100:00:00|6000", "0:45|45",
            "1.5h|90", "1,5 h|90", "2 hours|120", "1 hr|60", "0.25h|15", "1h 30m|90", "1h30|90", "1H 5 min|65",
            "90m|90", "90 min|90", "45 minutes|45", " 1:30 |90" })
    void readsDurations(String value, int expected) {
        assertThat(Durations.minutes(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "00:00:20|1", "00:00:29|1", "00:01:29|1", "00:01:30|2", "0:00:01|1", "0.001h|1", "0.0h|0" })
    void roundsSecondsToNearestMinute(String value, int expected) {
        assertThat(Durations.minutes(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-5", "-1:30", "abc", "", "  ", "1:60", "1:30:60", "1:5", "1.5", "1,5", "h", "1h 75m",
            "12345678", "1::30", "1:30:00:00", "90 s" })
    void rejectsInvalidDurations(String value) {
        assertThat(Durations.minutes(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "1.5|90", "0,25|15", "2|120", "0.01|1", "0|0", "1.999|120" })
    void readsDecimalHours(String value, int expected) {
        assertThat(Durations.minutesFromHours(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1.5", "1h", "", "1.5.2", "abc" })
    void rejectsInvalidDecimalHours(String value) {
        assertThat(Durations.minutesFromHours(value)).isNull();
    }
}
