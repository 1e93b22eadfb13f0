package app.criba.system.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.criba.system.Formats;

/**
 * Turns a table into the bytes of a CSV file in the user's language: headings and enum labels
 * from the message files, and the delimiter and decimal separator of {@link CsvDialect#forLocale}.
 */
@Component
public class CsvExport {

    private final MessageSource messages;
    private final Formats formats;

    CsvExport(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public <T> byte[] write(CsvTable<T> table, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(bytes, CsvDialect.forLocale(locale))) {
            writer.writeRow(table.columns().stream().map(column -> heading(column, locale)).toList());
            for (T row : table.rows()) {
                List<Object> cells = new ArrayList<>(table.columns().size());
                for (CsvColumn<T> column : table.columns()) {
                    cells.add(cell(column, column.value().apply(row), locale));
                }
                writer.writeRow(cells);
            }
        } catch (IOException impossible) {
            // A ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private String heading(CsvColumn<?> column, Locale locale) {
        String heading = messages.getMessage(column.headingKey(), null, locale);
        if (column.money()) {
            return messages.getMessage("export.heading.money",
                    new Object[] { heading, formats.currency().getCurrencyCode() }, locale);
        }
        return heading;
    }

    private Object cell(CsvColumn<?> column, Object value, Locale locale) {
        if (value instanceof Enum<?> constant) {
            return messages.getMessage("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    null, locale);
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "common.yes" : "common.no", null, locale);
        }
        if (column.money() && value instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_EVEN);
        }
        return value;
    }
}
