package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "55.94|55.94", "1355|1355.00", "-12.5|-12.50", "+7|7.00", "(40.00)|-40.00", "1,355.90|1355.90",
            "1,234,567.8|1234567.80", "€ 12.30|12.30", ".5|0.50", "999999999999.99|999999999999.99" })
    void readsDecimalPointInCommaFile(String text, String expected) {
        assertThat(Amounts.parse(text, Delimiter.COMMA).amount()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.355,90|1355.90", "1355,90|1355.90", "-1.355,90|-1355.90", "12,5|12.50", "55.94|55.94",
            "1 355,90 €|1355.90", "1.234.567|1234567.00", "1,234,567.80|1234567.80" })
    void readsDecimalCommaInSemicolonFile(String text, String expected) {
        assertThat(Amounts.parse(text, Delimiter.SEMICOLON).amount()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e309|import.error.amountInvalid", "12,34,56|import.error.amountInvalid",
            "abc|import.error.amountInvalid", "-|import.error.amountInvalid", "NaN|import.error.amountInvalid",
            "Infinity|import.error.amountInvalid", "1.2.3|import.error.amountInvalid",
            "12,50|import.error.amountDecimalComma", "1.355,90|import.error.amountDecimalComma",
            "1.234|import.error.amountDecimals", "1000000000000|import.error.amountTooLarge",
            "99999999999999999999999|import.error.amountTooLarge" })
    void rejectsBadAmountsInCommaFile(String text, String code) {
        Amounts.Parsed parsed = Amounts.parse(text, Delimiter.COMMA);

        assertThat(parsed.amount()).isNull();
        assertThat(parsed.errorCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,34,56|import.error.amountInvalid", "1.355|import.error.amountAmbiguous",
            "1,355|import.error.amountAmbiguous", "1,2345|import.error.amountDecimals", "1e309|import.error.amountInvalid" })
    void rejectsBadAmountsInSemicolonFile(String text, String code) {
        assertThat(Amounts.parse(text, Delimiter.SEMICOLON).errorCode()).isEqualTo(code);
    }

    @Test
    void keepsTrailingZeroDecimalsBeyondTwo() {
        assertThat(Amounts.parse("10.500", Delimiter.COMMA).amount()).isEqualTo(new BigDecimal("10.50"));
    }
}
