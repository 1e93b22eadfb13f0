package app.criba.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.criba.client.ContractType;
import app.criba.invoice.BillingMethod;

/**
 * How to read a file: the column of each field by header name (an optional field may have
 * none), the date format, the delimiter, the contract type of clients the import creates, and
 * the billing method of rows that name none.
 */
public record ColumnMapping(Map<ImportField, String> columns, String dateFormat, Delimiter delimiter,
        ContractType contractType, BillingMethod defaultBillingMethod) {

    public static final ContractType DEFAULT_CONTRACT_TYPE = ContractType.MANAGED;
    public static final BillingMethod DEFAULT_BILLING_METHOD = BillingMethod.ELECTRONIC;

    public ColumnMapping {
        Map<ImportField, String> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                copy.put(field, column);
            }
        });
        columns = Collections.unmodifiableMap(copy);
        delimiter = delimiter == null ? Delimiter.AUTO : delimiter;
        contractType = contractType == null ? DEFAULT_CONTRACT_TYPE : contractType;
        defaultBillingMethod = defaultBillingMethod == null ? DEFAULT_BILLING_METHOD : defaultBillingMethod;
    }

    public String column(ImportField field) {
        return columns.get(field);
    }

    public boolean isMapped(ImportField field) {
        return columns.containsKey(field);
    }

    /** Lists what keeps this mapping from reading the table: unmapped required fields, unknown columns, no date format. */
    public List<ImportError> problems(CsvTable table) {
        List<ImportError> problems = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            String column = columns.get(field);
            if (column == null && field.isRequired()) {
                problems.add(new ImportError(null, null, null, "import.mapping.missing", List.of(field.label())));
            } else if (column != null && table.indexOf(column) < 0) {
                problems.add(new ImportError(null, column, null, "import.mapping.unknownColumn",
                        List.of(field.label(), column)));
            }
        }
        if (dateFormat == null || dateFormat.isBlank()) {
            problems.add(new ImportError(null, null, null, "import.mapping.dateFormatMissing", List.of()));
        } else if (!DateFormats.isSupported(dateFormat)) {
            problems.add(new ImportError(null, null, dateFormat, "import.mapping.dateFormatUnknown",
                    List.of(dateFormat)));
        }
        return problems;
    }
}
