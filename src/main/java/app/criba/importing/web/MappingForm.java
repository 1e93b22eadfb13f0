package app.criba.importing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.criba.client.ContractType;
import app.criba.importing.FieldType;
import app.criba.importing.FileView;
import app.criba.importing.ImportField;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportMapping;
import app.criba.importing.ImportMapping.InvoiceLines;
import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;
import app.criba.invoice.BillingMethod;

/**
 * Step 2 of the import page. It sets how the file is written, the column of each field, what each
 * text of a yes/no or choice column means, and how dates and amounts are written. It also sets
 * the options of the kind and a name to save the mapping under. It is a JavaBean, because the
 * page binds a map of columns and a list of value rows.
 */
public class MappingForm {

    /** Distinct texts shown per choice column; a column with more is probably the wrong one. */
    static final int VALUES_SHOWN = 40;

    private Encoding encoding;
    private Delimiter delimiter;
    private Integer headerLine;
    private Map<String, String> columns = new LinkedHashMap<>();
    private List<ValueRow> values = new ArrayList<>();
    private String dateFormat;
    private Character decimalSeparator;
    private ContractType contractType;
    private BillingMethod defaultBillingMethod;
    private boolean createClients;
    private InvoiceLines invoiceLines;
    private Integer termsDays;
    private String skipRowsStartingWith;
    private String carryDownColumn;
    private String saveAs;

    /** One text found in a yes/no or choice column and the constant the user says it means. */
    public static class ValueRow {

        private String field;
        private String text;
        private String choice;

        public ValueRow() {
        }

        ValueRow(String field, String text, String choice) {
            this.field = field;
            this.text = text;
            this.choice = choice;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }
    }

    static MappingForm from(ImportMapping mapping, FileView view) {
        MappingForm form = new MappingForm();
        form.encoding = mapping.encoding();
        form.delimiter = mapping.delimiter();
        form.headerLine = mapping.headerLine();
        for (ImportField field : mapping.kind().fields()) {
            form.columns.put(field.key(), mapping.column(field.key()) == null ? "" : mapping.column(field.key()));
            if (field.type().hasValueTable() && mapping.isMapped(field.key())) {
                view.valuesOf(mapping.column(field.key())).stream().limit(VALUES_SHOWN).forEach(text -> form.values
                        .add(new ValueRow(field.key(), text, choiceOrBlank(mapping, field, text))));
            }
        }
        form.dateFormat = mapping.dateFormat();
        form.decimalSeparator = mapping.decimalSeparator();
        form.contractType = mapping.contractType();
        form.defaultBillingMethod = mapping.defaultBillingMethod();
        form.createClients = mapping.createsClients();
        form.invoiceLines = mapping.invoiceLines();
        form.termsDays = mapping.termsDays();
        form.skipRowsStartingWith = String.join(", ", mapping.skipRowsStartingWith());
        form.carryDownColumn = mapping.carryDownColumn();
        return form;
    }

    private static String choiceOrBlank(ImportMapping mapping, ImportField field, String text) {
        String choice = mapping.choiceFor(field.key(), text);
        return choice == null ? "" : choice;
    }

    ImportMapping toMapping(ImportKind kind) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (ValueRow row : values) {
            if (row.field != null && row.text != null) {
                tables.computeIfAbsent(row.field, key -> new LinkedHashMap<>()).put(row.text, row.choice);
            }
        }
        List<String> prefixes = skipRowsStartingWith == null ? List.of()
                : Arrays.stream(skipRowsStartingWith.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new ImportMapping(kind, encoding, delimiter, headerLine, columns, tables, dateFormat, decimalSeparator,
                contractType, defaultBillingMethod, createClients, invoiceLines, termsDays, prefixes,
                carryDownColumn);
    }

    /** Returns true when the field is a yes/no or choice field with at least one value row. */
    public boolean hasValues(String field) {
        return values.stream().anyMatch(row -> field.equals(row.field));
    }

    public static boolean isChoice(ImportField field) {
        return field.type() == FieldType.CHOICE || field.type() == FieldType.YES_NO;
    }

    public Encoding getEncoding() {
        return encoding;
    }

    public void setEncoding(Encoding encoding) {
        this.encoding = encoding;
    }

    public Delimiter getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(Delimiter delimiter) {
        this.delimiter = delimiter;
    }

    public Integer getHeaderLine() {
        return headerLine;
    }

    public void setHeaderLine(Integer headerLine) {
        this.headerLine = headerLine;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, String> columns) {
        this.columns = columns;
    }

    public List<ValueRow> getValues() {
        return values;
    }

    public void setValues(List<ValueRow> values) {
        this.values = values;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public Character getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(Character decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public BillingMethod getDefaultBillingMethod() {
        return defaultBillingMethod;
    }

    public void setDefaultBillingMethod(BillingMethod defaultBillingMethod) {
        this.defaultBillingMethod = defaultBillingMethod;
    }

    public boolean isCreateClients() {
        return createClients;
    }

    public void setCreateClients(boolean createClients) {
        this.createClients = createClients;
    }

    public InvoiceLines getInvoiceLines() {
        return invoiceLines;
    }

    public void setInvoiceLines(InvoiceLines invoiceLines) {
        this.invoiceLines = invoiceLines;
    }

    public Integer getTermsDays() {
        return termsDays;
    }

    public void setTermsDays(Integer termsDays) {
        this.termsDays = termsDays;
    }

    public String getSkipRowsStartingWith() {
        return skipRowsStartingWith;
    }

    public void setSkipRowsStartingWith(String skipRowsStartingWith) {
        this.skipRowsStartingWith = skipRowsStartingWith;
    }

    public String getCarryDownColumn() {
        return carryDownColumn;
    }

    public void setCarryDownColumn(String carryDownColumn) {
        this.carryDownColumn = carryDownColumn;
    }

    public String getSaveAs() {
        return saveAs;
    }

    public void setSaveAs(String saveAs) {
        this.saveAs = saveAs;
    }
}
