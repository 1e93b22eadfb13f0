package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void decimalCommaAtEndMeansComma() {
        assertThat(NumberStyle.guess(List.of("100", "12,50"), Delimiter.COMMA)).isEqualTo(NumberStyle.COMMA);
        assertThat(NumberStyle.guess(List.of("1.355,9"), Delimiter.COMMA)).isEqualTo(NumberStyle.COMMA);
    }

    @Test
    void pointGroupsMeanComma() {
        assertThat(NumberStyle.guess(List.of("1.234.567"), Delimiter.COMMA)).isEqualTo(NumberStyle.COMMA);
        // As a decimal point, 1.355 would have three decimals.
        assertThat(NumberStyle.guess(List.of("1.355"), Delimiter.COMMA)).isEqualTo(NumberStyle.COMMA);
    }

    @Test
    void decimalPointAtEndMeansPoint() {
        assertThat(NumberStyle.guess(List.of("100", "12.50"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.POINT);
        assertThat(NumberStyle.guess(List.of("€1,355.9"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.POINT);
    }

    @Test
    void commaGroupsMeanPoint() {
        assertThat(NumberStyle.guess(List.of("1,234,567"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.POINT);
        // As a decimal comma, 1,234 would have three decimals.
        assertThat(NumberStyle.guess(List.of("1,234"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.POINT);
    }

    @Test
    void fallsBackOnDelimiterWithoutEvidence() {
        List<String> undecided = Arrays.asList("1.500", "1,500", "100", "", null, "abc");

        assertThat(NumberStyle.guess(undecided, Delimiter.SEMICOLON)).isEqualTo(NumberStyle.COMMA);
        assertThat(NumberStyle.guess(undecided, Delimiter.COMMA)).isEqualTo(NumberStyle.POINT);
        assertThat(NumberStyle.guess(undecided, Delimiter.TAB)).isEqualTo(NumberStyle.POINT);
        assertThat(NumberStyle.guess(List.of(), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.COMMA);
    }

    @Test
    void majorityDecidesMixedValues() {
        assertThat(NumberStyle.guess(List.of("1,50", "2,75", "3.10"), Delimiter.COMMA)).isEqualTo(NumberStyle.COMMA);
        assertThat(NumberStyle.guess(List.of("1,50", "2.75", "3.10"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.POINT);
    }

    @Test
    void tieFallsBackOnDelimiter() {
        assertThat(NumberStyle.guess(List.of("1,50", "3.10"), Delimiter.SEMICOLON)).isEqualTo(NumberStyle.COMMA);
        assertThat(NumberStyle.guess(List.of("1,50", "3.10"), Delimiter.COMMA)).isEqualTo(NumberStyle.POINT);
    }

    @Test
    void customStyleWithoutGroupingReadsSpaces() {
        NumberStyle plainPoint = new NumberStyle('.', null);

        assertThat(AmountParser.parseStrictly("1 355.90", plainPoint).amount()).isEqualByComparingTo("1355.90");
        assertThat(AmountParser.parseStrictly("1,355.90", plainPoint).amount()).isNull();
    }

    @Test
    void rejectsInvalidSeparators() {
        assertThatThrownBy(() -> new NumberStyle('x', null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberStyle('.', '.')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberStyle(',', '5')).isInstanceOf(IllegalArgumentException.class);
    }
}
