package app.criba.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;
import app.criba.system.PlainText;

/**
 * Checks every row of a table against a mapping and turns the good ones into invoice rows.
 * It reads nothing from the database, so the duplicate check, which needs the matched clients,
 * is done by the importer.
 */
final class RowChecker {

    static final int MAX_CLIENT_LENGTH = 200;
    static final int MAX_NUMBER_LENGTH = 60;
    static final int EARLIEST_YEAR = 1990;
    static final int YEARS_AHEAD = 10;

    private final CsvTable table;
    private final ColumnMapping mapping;
    private final LocalDate today;
    private final LocalDate earliest;
    private final LocalDate latest;

    /**
     * Every row as far as it could be read (a bad value is null), and the problems found. The
     * rows are complete only when there are no problems.
     */
    record Checked(List<InvoiceRow> rows, List<ImportError> errors) {
    }

    RowChecker(CsvTable table, ColumnMapping mapping, LocalDate today) {
        this.table = table;
        this.mapping = mapping;
        this.today = today;
        this.earliest = LocalDate.of(EARLIEST_YEAR, 1, 1);
        this.latest = today.plusYears(YEARS_AHEAD);
    }

    Checked check() {
        List<InvoiceRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader reader = new RowReader(row);
            rows.add(reader.read());
            errors.addAll(reader.errors);
        }
        return new Checked(rows, errors);
    }

    /** Reads one row, collecting a problem for each bad value instead of stopping at the first. */
    private final class RowReader {

        private final CsvTable.Row row;
        private final List<ImportError> errors = new ArrayList<>();

        RowReader(CsvTable.Row row) {
            this.row = row;
        }

        InvoiceRow read() {
            checkExtraValues();
            String client = text(ImportField.CLIENT, MAX_CLIENT_LENGTH);
            String number = text(ImportField.NUMBER, MAX_NUMBER_LENGTH);
            LocalDate issueDate = date(ImportField.ISSUE_DATE);
            LocalDate dueDate = date(ImportField.DUE_DATE);
            BigDecimal amount = amount();
            LocalDate settledOn = date(ImportField.SETTLED_DATE);
            Boolean disputed = disputed();

            if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
                reject(ImportField.DUE_DATE, "import.error.dueBeforeIssue", value(ImportField.ISSUE_DATE));
            }
            if (issueDate != null && settledOn != null && settledOn.isBefore(issueDate)) {
                reject(ImportField.SETTLED_DATE, "import.error.settledBeforeIssue", value(ImportField.ISSUE_DATE));
            }
            if (settledOn != null && settledOn.isAfter(today)) {
                reject(ImportField.SETTLED_DATE, "import.error.settledInFuture");
            }
            if (Boolean.TRUE.equals(disputed) && amount != null && amount.signum() < 0) {
                reject(ImportField.DISPUTED, "import.error.disputedCreditNote");
            }
            return new InvoiceRow(row.line(), client, number, issueDate, dueDate, amount, settledOn,
                    Boolean.TRUE.equals(disputed), billingMethod(), kind());
        }

        private void checkExtraValues() {
            List<String> extra = row.values().size() > table.headers().size()
                    ? row.values().subList(table.headers().size(), row.values().size())
                    : List.of();
            if (extra.stream().anyMatch(value -> !value.isBlank())) {
                errors.add(ImportError.ofValue(row.line(), null, String.join(", ", extra),
                        "import.error.extraValues", table.headers().size(), row.values().size()));
            }
        }

        private String text(ImportField field, int maxLength) {
            String value = value(field);
            if (value.isEmpty()) {
                reject(field, "import.error.required");
                return null;
            }
            if (value.length() > maxLength) {
                reject(field, "import.error.tooLong", maxLength);
                return null;
            }
            if (PlainText.containsControlCharacter(value)) {
                reject(field, "import.error.controlCharacter");
                return null;
            }
            return value;
        }

        private LocalDate date(ImportField field) {
            String value = value(field);
            if (value.isEmpty()) {
                if (field.isRequired()) {
                    reject(field, "import.error.required");
                }
                return null;
            }
            LocalDate date = DateFormats.parse(value, mapping.dateFormat());
            if (date == null) {
                reject(field, "import.error.dateInvalid", mapping.dateFormat());
                return null;
            }
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                reject(field, "import.error.dateImplausible", EARLIEST_YEAR, latest.getYear());
                return null;
            }
            return date;
        }

        private BigDecimal amount() {
            String value = value(ImportField.AMOUNT);
            if (value.isEmpty()) {
                reject(ImportField.AMOUNT, "import.error.required");
                return null;
            }
            Amounts.Parsed parsed = Amounts.parse(value, table.delimiter());
            if (parsed.errorCode() != null) {
                reject(ImportField.AMOUNT, parsed.errorCode());
            }
            return parsed.amount();
        }

        private Boolean disputed() {
            Boolean disputed = ChoiceValues.yesNo(value(ImportField.DISPUTED));
            if (disputed == null) {
                reject(ImportField.DISPUTED, "import.error.yesNoInvalid");
            }
            return disputed;
        }

        private BillingMethod billingMethod() {
            if (!mapping.isMapped(ImportField.BILLING_METHOD)) {
                return null;
            }
            return ChoiceValues.billingMethod(value(ImportField.BILLING_METHOD), mapping.defaultBillingMethod());
        }

        private InvoiceKind kind() {
            return mapping.isMapped(ImportField.KIND) ? ChoiceValues.kind(value(ImportField.KIND)) : null;
        }

        private String value(ImportField field) {
            int index = table.indexOf(mapping.column(field));
            return index < 0 ? "" : row.value(index);
        }

        private void reject(ImportField field, String code, Object... args) {
            String column = table.headers().get(table.indexOf(mapping.column(field)));
            errors.add(ImportError.ofValue(row.line(), column, value(field), code, args));
        }
    }
}
