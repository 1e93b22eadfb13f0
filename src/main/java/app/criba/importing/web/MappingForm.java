package app.criba.importing.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import app.criba.client.ContractType;
import app.criba.importing.ColumnMapping;
import app.criba.importing.Delimiter;
import app.criba.importing.ImportField;
import app.criba.invoice.BillingMethod;

/**
 * Step 2 of the import page: the column of each field (blank for none), the date format, and
 * the choices for new clients and rows without a billing method. The field names match
 * {@link ImportField#key()}, so the page can draw one select per field.
 */
record MappingForm(
        Delimiter delimiter,
        @NotBlank String client,
        @NotBlank String number,
        @NotBlank String issueDate,
        @NotBlank String dueDate,
        @NotBlank String amount,
        String settledDate,
        String disputed,
        String billingMethod,
        String kind,
        @NotBlank String dateFormat,
        @NotNull ContractType contractType,
        @NotNull BillingMethod defaultBillingMethod) {

    static MappingForm from(ColumnMapping mapping) {
        return new MappingForm(mapping.delimiter(), mapping.column(ImportField.CLIENT),
                mapping.column(ImportField.NUMBER), mapping.column(ImportField.ISSUE_DATE),
                mapping.column(ImportField.DUE_DATE), mapping.column(ImportField.AMOUNT),
                mapping.column(ImportField.SETTLED_DATE), mapping.column(ImportField.DISPUTED),
                mapping.column(ImportField.BILLING_METHOD), mapping.column(ImportField.KIND), mapping.dateFormat(),
                mapping.contractType(), mapping.defaultBillingMethod());
    }

    ColumnMapping toMapping() {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        columns.put(ImportField.CLIENT, client);
        columns.put(ImportField.NUMBER, number);
        columns.put(ImportField.ISSUE_DATE, issueDate);
        columns.put(ImportField.DUE_DATE, dueDate);
        columns.put(ImportField.AMOUNT, amount);
        columns.put(ImportField.SETTLED_DATE, settledDate);
        columns.put(ImportField.DISPUTED, disputed);
        columns.put(ImportField.BILLING_METHOD, billingMethod);
        columns.put(ImportField.KIND, kind);
        return new ColumnMapping(columns, dateFormat, delimiter, contractType, defaultBillingMethod);
    }
}
