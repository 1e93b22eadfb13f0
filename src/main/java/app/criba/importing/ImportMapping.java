package app.criba.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.criba.client.ContractType;
import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;
import app.criba.importing.file.NumberStyle;
import app.criba.invoice.BillingMethod;

/**
 * The settings that read a file of one kind of record. They say how the file is written
 * (encoding, delimiter and header line, where null means detect) and which column holds each
 * field, by header name. Each yes/no or choice field has a value table from the normalised text
 * in the file to a constant. The date format, the decimal separator and the kind's options
 * complete it.
 *
 * @param createClients whether rows naming an unknown client create it; null takes the kind's default
 * @param invoiceLines how invoice rows are read: one row per invoice, or lines added up by number
 * @param termsDays days from issue to due date for invoice rows without a due date; null means 30
 * @param skipRowsStartingWith rows whose first non-blank value starts with one of these (ignoring
 *        case) are skipped, such as the "Total for ..." rows of a report
 * @param carryDownColumn a column whose blank values take the value above, as in reports that name
 *        the customer once on a group row; a row with nothing but that value is skipped
 */
public record ImportMapping(ImportKind kind, Encoding encoding, Delimiter delimiter, Integer headerLine,
        Map<String, String> columns, Map<String, Map<String, String>> values, String dateFormat,
        Character decimalSeparator, ContractType contractType, BillingMethod defaultBillingMethod,
        Boolean createClients, InvoiceLines invoiceLines, Integer termsDays, List<String> skipRowsStartingWith,
        String carryDownColumn) {

    public static final ContractType DEFAULT_CONTRACT_TYPE = ContractType.MANAGED;
    public static final BillingMethod DEFAULT_BILLING_METHOD = BillingMethod.ELECTRONIC;
    public static final int DEFAULT_TERMS_DAYS = 30;
    public static final int MAX_TERMS_DAYS = 365;

    /** The rule that maps the rows of an invoice file to invoices. */
    public enum InvoiceLines {
        /** Each row is a whole invoice, and a number twice for the same client is an error. */
        ONE_PER_ROW,
        /** Each row is a line of an invoice, and the amounts of the rows with the same number add up. */
        SUM_BY_NUMBER
    }

    public ImportMapping {
        Map<String, String> mappedColumns = new LinkedHashMap<>();
        if (columns != null) {
            columns.forEach((field, column) -> {
                if (column != null && !column.isBlank()) {
                    mappedColumns.put(field, column.strip());
                }
            });
        }
        columns = Collections.unmodifiableMap(mappedColumns);
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((field, table) -> {
                Map<String, String> normalised = new LinkedHashMap<>();
                if (table != null) {
                    table.forEach((text, choice) -> {
                        if (choice != null && !choice.isBlank()) {
                            normalised.put(ChoiceValues.normalize(text), choice);
                        }
                    });
                }
                tables.put(field, Collections.unmodifiableMap(normalised));
            });
        }
        values = Collections.unmodifiableMap(tables);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat;
        contractType = contractType == null ? DEFAULT_CONTRACT_TYPE : contractType;
        defaultBillingMethod = defaultBillingMethod == null ? DEFAULT_BILLING_METHOD : defaultBillingMethod;
        invoiceLines = invoiceLines == null ? InvoiceLines.ONE_PER_ROW : invoiceLines;
        termsDays = termsDays == null ? DEFAULT_TERMS_DAYS : termsDays;
        skipRowsStartingWith = skipRowsStartingWith == null ? List.of()
                : skipRowsStartingWith.stream().filter(prefix -> prefix != null && !prefix.isBlank())
                        .map(String::strip).toList();
        carryDownColumn = carryDownColumn == null || carryDownColumn.isBlank() ? null : carryDownColumn.strip();
    }

    /** Returns a mapping with nothing chosen, so that every setting is detected or guessed. */
    public static ImportMapping empty(ImportKind kind) {
        return new ImportMapping(kind, null, null, null, Map.of(), Map.of(), null, null, null, null, null, null,
                null, null, null);
    }

    public String column(String field) {
        return columns.get(field);
    }

    public boolean isMapped(String field) {
        return columns.containsKey(field);
    }

    /** Returns the value table of a yes/no or choice field, empty when the mapping has none. */
    public Map<String, String> valueTable(String field) {
        return values.getOrDefault(field, Map.of());
    }

    /** Returns the constant the value table gives a text of the file, or null when it gives none. */
    public String choiceFor(String field, String text) {
        return valueTable(field).get(ChoiceValues.normalize(text));
    }

    /** Returns true when rows that name an unknown client create it. By default only invoice files do. */
    public boolean createsClients() {
        return createClients != null ? createClients : kind == ImportKind.INVOICES;
    }

    public NumberStyle numberStyle() {
        return decimalSeparator != null && decimalSeparator == ',' ? NumberStyle.COMMA : NumberStyle.POINT;
    }

    public ImportMapping withColumns(Map<String, String> newColumns) {
        return new ImportMapping(kind, encoding, delimiter, headerLine, newColumns, values, dateFormat,
                decimalSeparator, contractType, defaultBillingMethod, createClients, invoiceLines,
                termsDays, skipRowsStartingWith, carryDownColumn);
    }

    public ImportMapping withFile(Encoding newEncoding, Delimiter newDelimiter, Integer newHeaderLine) {
        return new ImportMapping(kind, newEncoding, newDelimiter, newHeaderLine, columns, values, dateFormat,
                decimalSeparator, contractType, defaultBillingMethod, createClients, invoiceLines,
                termsDays, skipRowsStartingWith, carryDownColumn);
    }

    public ImportMapping withValues(Map<String, Map<String, String>> newValues) {
        return new ImportMapping(kind, encoding, delimiter, headerLine, columns, newValues, dateFormat,
                decimalSeparator, contractType, defaultBillingMethod, createClients, invoiceLines,
                termsDays, skipRowsStartingWith, carryDownColumn);
    }

    public ImportMapping withReading(String newDateFormat, Character newDecimalSeparator) {
        return new ImportMapping(kind, encoding, delimiter, headerLine, columns, values, newDateFormat,
                newDecimalSeparator, contractType, defaultBillingMethod, createClients, invoiceLines,
                termsDays, skipRowsStartingWith, carryDownColumn);
    }
}
