package app.criba.system.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)",
            "\tTabbed", "\rReturned");

    @Test
    void fileStartsWithByteOrderMark() throws IOException {
        byte[] bytes = write(CsvDialect.COMMA, List.of("a"));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void dialectFollowsLocale() {
        assertThat(CsvDialect.forLocale(Locale.forLanguageTag("es"))).isEqualTo(CsvDialect.SEMICOLON);
        assertThat(CsvDialect.forLocale(Locale.ENGLISH)).isEqualTo(CsvDialect.COMMA);
    }

    @Test
    void spanishUsesSemicolonAndDecimalComma() throws IOException {
        String text = text(CsvDialect.SEMICOLON, List.of("Roble", new BigDecimal("1234.56"), 12));

        assertThat(text).isEqualTo("Roble;1234,56;12\r\n");
    }

    @Test
    void englishUsesCommaAndDecimalPoint() throws IOException {
        String text = text(CsvDialect.COMMA, List.of("Roble", new BigDecimal("1234.56"), 12L));

        assertThat(text).isEqualTo("Roble,1234.56,12\r\n");
    }

    @Test
    void largeNumbersHaveNoGroupingOrExponent() throws IOException {
        assertThat(text(CsvDialect.SEMICOLON, List.of(new BigDecimal("1234567.89")))).isEqualTo("1234567,89\r\n");
        assertThat(text(CsvDialect.COMMA, List.of(new BigDecimal("1E+3")))).isEqualTo("1000\r\n");
    }

    @Test
    void datesAreIso() throws IOException {
        String text = text(CsvDialect.SEMICOLON,
                List.of(LocalDate.of(2026, 3, 4), LocalDateTime.of(2026, 3, 4, 21, 5, 0)));

        assertThat(text).isEqualTo("2026-03-04;2026-03-04 21:05\r\n");
    }

    @Test
    void formulaTextGetsApostrophe() throws IOException {
        for (CsvDialect dialect : List.of(CsvDialect.COMMA, CsvDialect.SEMICOLON)) {
            List<String> cells = parse(dialect, write(dialect, FORMULAS)).get(0).toList();

            assertThat(cells).as("cells in %s", dialect)
                    .containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-cmd", "'@SUM(A1)", "'\tTabbed", "'\rReturned");
        }
    }

    @Test
    void negativeNumbersStayNumbers() throws IOException {
        assertThat(text(CsvDialect.SEMICOLON, List.of(new BigDecimal("-150.00")))).isEqualTo("-150,00\r\n");
        assertThat(text(CsvDialect.COMMA, List.of(new BigDecimal("-150.00")))).isEqualTo("-150.00\r\n");
        assertThat(text(CsvDialect.COMMA, List.of(-3))).isEqualTo("-3\r\n");
    }

    @Test
    void textInTheMiddleIsLeftAlone() throws IOException {
        assertThat(text(CsvDialect.COMMA, List.of("Total = 5", "a-b"))).isEqualTo("Total = 5,a-b\r\n");
    }

    @Test
    void quotesDelimiterQuoteAndLineBreak() throws IOException {
        assertThat(text(CsvDialect.SEMICOLON, List.of("a;b", "a,b"))).isEqualTo("\"a;b\";a,b\r\n");
        assertThat(text(CsvDialect.COMMA, List.of("a;b", "a,b"))).isEqualTo("a;b,\"a,b\"\r\n");
        assertThat(text(CsvDialect.COMMA, List.of("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"\r\n");
        assertThat(text(CsvDialect.COMMA, List.of("x", "line one\nline two"))).isEqualTo("x,\"line one\nline two\"\r\n");
        assertThat(text(CsvDialect.COMMA, List.of("x", "line one\r\nline two"))).isEqualTo("x,\"line one\r\nline two\"\r\n");
    }

    @Test
    void writtenTextParsesBackUnchanged() throws IOException {
        List<String> awkward = List.of("Clínica \"Roble\"; S.L.", "first line\nsecond, with comma", "€ 5,00", "",
                "trailing space ", "# not a comment");
        for (CsvDialect dialect : List.of(CsvDialect.COMMA, CsvDialect.SEMICOLON)) {
            List<CSVRecord> records = parse(dialect, write(dialect, awkward, awkward));

            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).as("first row in %s", dialect).isEqualTo(awkward);
            assertThat(records.get(1).toList()).as("second row in %s", dialect).isEqualTo(awkward);
        }
    }

    @Test
    void nullIsEmptyCell() throws IOException {
        assertThat(text(CsvDialect.COMMA, Arrays.asList("a", null, "b"))).isEqualTo("a,,b\r\n");
    }

    @Test
    void rejectsBinaryFractionsAndUnlabelledValues() {
        assertThatThrownBy(() -> write(CsvDialect.COMMA, List.of(0.1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(CsvDialect.COMMA, List.of(true))).isInstanceOf(IllegalArgumentException.class);
    }

    @SafeVarargs
    private static byte[] write(CsvDialect dialect, List<?>... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(bytes, dialect)) {
            for (List<?> row : rows) {
                writer.writeRow(row);
            }
        }
        return bytes.toByteArray();
    }

    /** Returns the file's text after the byte-order mark. */
    private static String text(CsvDialect dialect, List<?> row) throws IOException {
        String text = new String(write(dialect, row), StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvWriter.BYTE_ORDER_MARK);
        return text.substring(1);
    }

    private static List<CSVRecord> parse(CsvDialect dialect, byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).get();
        return format.parse(new StringReader(text)).getRecords();
    }
}
