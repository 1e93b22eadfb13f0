package app.criba.system.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a CSV file that spreadsheet programs open as intended: UTF-8 with a byte-order mark (so
 * that Excel does not read it as the system's 8-bit code page), fields quoted as RFC 4180 says,
 * lines ended by CRLF, numbers without thousands grouping and dates in ISO 8601.
 *
 * <p>A text cell that starts with {@code = + - @}, a tab or a carriage return would run as a
 * formula when the file is opened, so it gets a leading apostrophe, as OWASP advises against CSV
 * injection. Only text is prefixed: a number cell such as -150.00 stays a number. Text that
 * looks like a number ("+1") is still text here and is prefixed too.
 */
public final class CsvWriter implements Closeable {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CsvDialect dialect;
    private final CSVPrinter printer;

    public CsvWriter(OutputStream out, CsvDialect dialect) throws IOException {
        this.dialect = dialect;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get();
        this.printer = new CSVPrinter(writer, format);
    }

    /**
     * Writes one line. A cell is null (written empty), a {@code String}, a {@code BigDecimal},
     * {@code Integer} or {@code Long}, a {@code LocalDate} or a {@code LocalDateTime}; any other
     * type is rejected, because it would need a translation or could be a binary fraction.
     */
    public void writeRow(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    private String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String text) {
            return neutralized(text);
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString().replace('.', dialect.decimalSeparator());
        }
        if (cell instanceof Integer || cell instanceof Long) {
            return cell.toString();
        }
        if (cell instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (cell instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        throw new IllegalArgumentException("Cannot write a " + cell.getClass().getName() + " to a CSV cell");
    }

    /** Prefixes an apostrophe to text that a spreadsheet would read as a formula. */
    static String neutralized(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
