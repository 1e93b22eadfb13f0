package app.criba.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.criba.client.ContractType;
import app.criba.invoice.BillingMethod;

/** Guesses a mapping from a table's header names, and its date format from the values of the date columns. */
final class MappingGuess {

    private static final List<ImportField> DATE_FIELDS = List.of(ImportField.ISSUE_DATE, ImportField.DUE_DATE,
            ImportField.SETTLED_DATE);

    private MappingGuess() {
    }

    static ColumnMapping guess(CsvTable table, Delimiter delimiter, ContractType contractType,
            BillingMethod defaultBillingMethod) {
        Map<ImportField, String> columns = guessColumns(table.headers());
        return new ColumnMapping(columns, guessDateFormat(table, columns), delimiter, contractType,
                defaultBillingMethod);
    }

    /** Takes, for each field in turn, the first column whose title it recognises and no earlier field took. */
    static Map<ImportField, String> guessColumns(List<String> headers) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        Set<String> taken = new HashSet<>();
        for (ImportField field : ImportField.values()) {
            headers.stream()
                    .filter(header -> !header.isBlank() && !taken.contains(header) && field.recognises(header))
                    .findFirst()
                    .ifPresent(header -> {
                        columns.put(field, header);
                        taken.add(header);
                    });
        }
        return columns;
    }

    static String guessDateFormat(CsvTable table, Map<ImportField, String> columns) {
        List<String> values = new ArrayList<>();
        for (ImportField field : DATE_FIELDS) {
            int index = table.indexOf(columns.get(field));
            if (index >= 0) {
                table.rows().forEach(row -> values.add(row.value(index)));
            }
        }
        return DateFormats.guess(values);
    }
}
