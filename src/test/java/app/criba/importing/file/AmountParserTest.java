package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private static void assertReads(String text, NumberStyle style, String expected) {
        AmountParser.Parsed parsed = AmountParser.parse(text, style);

        assertThat(parsed.errorCode()).as(text).isNull();
        assertThat(parsed.amount()).as(text).isEqualTo(new BigDecimal(expected));
    }

    private static void assertRejects(String text, NumberStyle style, String code) {
        AmountParser.Parsed parsed = AmountParser.parse(text, style);

        assertThat(parsed.amount()).as(text).isNull();
        assertThat(parsed.errorCode()).as(text).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "55.94|55.94", "1355|1355.00", "-12.5|-12.50", "+7|7.00", "(40.00)|-40.00", "1,355.90|1355.90",
            "1,234,567.8|1234567.80", "€ 12.30|12.30", ".5|0.50", "999999999999.99|999999999999.99",
            "1355.90|1355.90", "1,355|1355.00", "10.500|10.50", "1 355.90|1355.90", "0000000000000001|1.00" })
    void readsPointStyle(String text, String expected) {
        assertReads(text, NumberStyle.POINT, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.355,90|1355.90", "1355,90|1355.90", "-1.355,90|-1355.90", "12,5|12.50", "1 355,90 €|1355.90",
            "1.234.567|1234567.00", "1.355|1355.00", ",5|0.50", "1\u00A0355,90|1355.90", "1\u202F355|1355.00" })
    void readsCommaStyle(String text, String expected) {
        assertReads(text, NumberStyle.COMMA, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POINT|12,50|12.50", "POINT|1.355,90|1355.90", "COMMA|55.94|55.94", "COMMA|1,234,567.80|1234567.80" })
    void readsValueOnlyOppositeStyleFits(String style, String text, String expected) {
        assertReads(text, style.equals("POINT") ? NumberStyle.POINT : NumberStyle.COMMA, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "€5|5.00", "5 €|5.00", "$1,355.90|1355.90", "£ 7|7.00", "EUR 12.30|12.30", "12.30 USD|12.30",
            "gbp12|12.00", "-5|-5.00", "(5)|-5.00", "5-|-5.00", "-€5|-5.00", "€-5|-5.00", "(€5.00)|-5.00",
            "( 5 )|-5.00", "5 €-|-5.00", "- 5|-5.00", "-0|0.00", "  12  |12.00" })
    void readsCurrenciesAndSigns(String text, String expected) {
        assertReads(text, NumberStyle.POINT, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e309", "12,34,56", "1.2.3", "--5", "abc", "-", "NaN", "Infinity", "(-5)", "-5-", "+-5",
            "€5 EUR", "12 34", "1 234,567,890", "5.", "''", "1,23,456", "€", "5 CHF", "0x10", "١٢" })
    void rejectsInvalidAmounts(String text) {
        assertRejects(text, NumberStyle.POINT, "import.error.amountInvalid");
        assertRejects(text, NumberStyle.COMMA, "import.error.amountInvalid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POINT|1.234", "POINT|1.355", "POINT|1,234.567", "POINT|0.001", "COMMA|1,2345", "COMMA|1,355", "POINT|1.234,567" })
    void rejectsMoreThanTwoDecimals(String style, String text) {
        assertRejects(text, style.equals("POINT") ? NumberStyle.POINT : NumberStyle.COMMA, "import.error.amountDecimals");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POINT|1000000000000", "POINT|99999999999999999999999", "POINT|1234567890123.00",
            "COMMA|1.000.000.000.000,00", "POINT|-1,000,000,000,000" })
    void rejectsThirteenIntegerDigits(String style, String text) {
        assertRejects(text, style.equals("POINT") ? NumberStyle.POINT : NumberStyle.COMMA, "import.error.amountTooLarge");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "POINT|1,355|1355.00", "COMMA|1.355|1355.00" })
    void styleDecidesThreeDigitGroups(String style, String text, String expected) {
        assertReads(text, style.equals("POINT") ? NumberStyle.POINT : NumberStyle.COMMA, expected);
    }
}
