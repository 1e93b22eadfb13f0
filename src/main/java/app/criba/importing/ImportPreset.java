package app.criba.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import app.criba.importing.ImportMapping.InvoiceLines;

/**
 * Built-in mappings for the column layouts of the tools MSPs export from. A preset names the
 * columns by their header in that tool's export and sets the options its layout needs. What it
 * leaves open, such as the date format of a locale, is guessed from the file.
 */
public enum ImportPreset {

    /** The invoice list of QuickBooks Online (Sales, Invoices, export), one row per invoice with its total. */
    QUICKBOOKS_ONLINE_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "Customer", Fields.NUMBER, "No.", Fields.ISSUE_DATE, "Date",
            Fields.DUE_DATE, "Due date", Fields.AMOUNT, "Total"), null, null, List.of(), null)),

    /**
     * The Sales by Customer Detail report of QuickBooks. The customer is alone on a group row in
     * the first column, which has no header name, and each product line of an invoice is a row
     * with the invoice's Num. The report has no due date, so the terms of the mapping apply.
     */
    QUICKBOOKS_SALES_BY_CUSTOMER_DETAIL(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, ValueReader.positionalName(0), Fields.NUMBER, "Num", Fields.ISSUE_DATE, "Date",
            Fields.AMOUNT, "Amount"), null, InvoiceLines.SUM_BY_NUMBER, List.of("Total"),
            ValueReader.positionalName(0))),

    /**
     * The invoice export of Xero, one row per invoice line. The invoice amount is the sum of the
     * LineAmount column, which is before tax when the organisation enters line amounts tax
     * exclusive (Xero's default), because the Total column repeats on every line and so cannot
     * be added up.
     */
    XERO_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "ContactName", Fields.NUMBER, "InvoiceNumber", Fields.ISSUE_DATE, "InvoiceDate",
            Fields.DUE_DATE, "DueDate", Fields.AMOUNT, "LineAmount"), null, InvoiceLines.SUM_BY_NUMBER, List.of(),
            null)),

    /** The invoice export of Invoice Ninja 5, one row per invoice with its amount including tax. */
    INVOICE_NINJA_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "Client Name", Fields.NUMBER, "Invoice Number", Fields.ISSUE_DATE, "Invoice Date",
            Fields.DUE_DATE, "Invoice Due Date", Fields.AMOUNT, "Invoice Amount"), null, null, List.of(), null)),

    /** The payment export of Invoice Ninja 5, one row per payment of an invoice. */
    INVOICE_NINJA_PAYMENTS(ImportKind.PAYMENTS, mapping(ImportKind.PAYMENTS, Map.of(
            Fields.CLIENT, "Client Name", Fields.INVOICE_NUMBER, "Invoice Number", Fields.PAID_ON, "Payment Date",
            Fields.AMOUNT, "Payment Amount"), null, null, List.of(), null)),

    /**
     * The invoice export of FreshBooks, one row per invoice line. The invoice amount is the sum of
     * the Line Total column, which includes the line's taxes. A paid invoice gets a payment on
     * its Date Paid. The export has no due date, so the terms of the mapping apply.
     */
    FRESHBOOKS_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "Client Name", Fields.NUMBER, "Invoice #", Fields.ISSUE_DATE, "Date Issued",
            Fields.SETTLED_DATE, "Date Paid", Fields.AMOUNT, "Line Total"), null, InvoiceLines.SUM_BY_NUMBER,
            List.of(), null)),

    /**
     * The invoice export of Zoho Invoice, one row per invoice line. The invoice amount is the sum
     * of the Item Total column, which is before tax, because the Total column repeats on every
     * line. The invoice number is the one users see (INV-000001), not the 19-digit Invoice ID.
     */
    ZOHO_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "Customer Name", Fields.NUMBER, "Invoice Number", Fields.ISSUE_DATE, "Invoice Date",
            Fields.DUE_DATE, "Due Date", Fields.AMOUNT, "Item Total"), null, InvoiceLines.SUM_BY_NUMBER, List.of(),
            null)),

    /**
     * The customer export of Syncro. Criba keeps one contact name, so it takes the first name.
     * NOTE: a customer without a business name (a person) is rejected, because the name is required.
     */
    SYNCRO_CUSTOMERS(ImportKind.CLIENTS, mapping(ImportKind.CLIENTS, Map.of(
            Fields.NAME, "Business Name", Fields.EXTERNAL_REF, "Customer ID", Fields.CONTACT_NAME, "First Name",
            Fields.CONTACT_EMAIL, "Email"), null, null, List.of(), null)),

    /**
     * The detailed report of Toggl Track, one row per time entry. The start and end times are in
     * columns apart from their dates, so the entry takes the start date and the duration (hh:mm:ss).
     */
    TOGGL_TRACK_TIME_ENTRIES(ImportKind.TIME_ENTRIES, mapping(ImportKind.TIME_ENTRIES, Map.of(
            Fields.CLIENT, "Client", Fields.TECHNICIAN, "User", Fields.WORKED_ON, "Start date",
            Fields.START_TIME, "Start time", Fields.DURATION, "Duration", Fields.BILLABLE, "Billable",
            Fields.NOTE, "Description"), null, null,
            List.of(), null));

    private final ImportKind kind;
    private final ImportMapping mapping;

    ImportPreset(ImportKind kind, ImportMapping mapping) {
        this.kind = kind;
        this.mapping = mapping;
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportMapping mapping() {
        return mapping;
    }

    public String labelCode() {
        return "import.preset." + name();
    }

    /** Returns the preset's name in the API, such as "quickbooks-online-invoices". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<ImportPreset> forKind(ImportKind kind) {
        return Arrays.stream(values()).filter(preset -> preset.kind == kind).toList();
    }

    public static Optional<ImportPreset> byKey(String key) {
        return Arrays.stream(values()).filter(preset -> preset.key().equals(key)).findFirst();
    }

    private static ImportMapping mapping(ImportKind kind, Map<String, String> columns, String dateFormat,
            InvoiceLines lines, List<String> skipPrefixes, String carryDownColumn) {
        return new ImportMapping(kind, null, null, null, columns, Map.of(), dateFormat, null, null, null, null,
                lines, null, skipPrefixes, carryDownColumn);
    }
}
