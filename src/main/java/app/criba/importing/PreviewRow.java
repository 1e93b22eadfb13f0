package app.criba.importing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row as the import understood it, for the preview. Each field's value is kept as text: dates
 * as yyyy-MM-dd, amounts with a decimal point, choices as constant names. The row also says what
 * writing it does, whether its client is one the import creates, and whether it has a problem,
 * in which case its action is null.
 */
public record PreviewRow(int line, Map<String, String> values, String action, boolean newClient, boolean rejected) {

    public PreviewRow {
        values = Map.copyOf(values);
    }

    static PreviewRow of(ImportRow row) {
        Map<String, String> texts = new LinkedHashMap<>();
        row.values().forEach((field, value) -> texts.put(field, value instanceof BigDecimal amount
                ? amount.toPlainString()
                : value.toString()));
        return new PreviewRow(row.line(), texts, row.action() == null ? null : row.action().name(),
                row.isNewClient(), row.isRejected());
    }
}
