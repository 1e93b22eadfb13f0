package app.criba.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

/** Reads the yes/no, billing-method and invoice-kind columns, in English or Spanish. */
final class ChoiceValues {

    private static final Set<String> YES = Set.of("yes", "y", "si", "s", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private static final Map<String, BillingMethod> BILLING_METHODS = Map.ofEntries(
            Map.entry("paper", BillingMethod.PAPER),
            Map.entry("papel", BillingMethod.PAPER),
            Map.entry("post", BillingMethod.PAPER),
            Map.entry("mail", BillingMethod.PAPER),
            Map.entry("correo postal", BillingMethod.PAPER),
            Map.entry("electronic", BillingMethod.ELECTRONIC),
            Map.entry("electronica", BillingMethod.ELECTRONIC),
            Map.entry("electronico", BillingMethod.ELECTRONIC),
            Map.entry("e invoice", BillingMethod.ELECTRONIC),
            Map.entry("einvoice", BillingMethod.ELECTRONIC),
            Map.entry("email", BillingMethod.ELECTRONIC),
            Map.entry("e mail", BillingMethod.ELECTRONIC),
            Map.entry("paperless", BillingMethod.ELECTRONIC),
            Map.entry("factura electronica", BillingMethod.ELECTRONIC),
            Map.entry("direct debit", BillingMethod.DIRECT_DEBIT),
            Map.entry("debit", BillingMethod.DIRECT_DEBIT),
            Map.entry("sepa", BillingMethod.DIRECT_DEBIT),
            Map.entry("sepa direct debit", BillingMethod.DIRECT_DEBIT),
            Map.entry("domiciliacion", BillingMethod.DIRECT_DEBIT),
            Map.entry("domiciliacion bancaria", BillingMethod.DIRECT_DEBIT),
            Map.entry("domiciliada", BillingMethod.DIRECT_DEBIT),
            Map.entry("recibo domiciliado", BillingMethod.DIRECT_DEBIT),
            Map.entry("adeudo directo", BillingMethod.DIRECT_DEBIT));

    private static final Map<String, InvoiceKind> KINDS = Map.ofEntries(
            Map.entry("recurring", InvoiceKind.RECURRING),
            Map.entry("monthly", InvoiceKind.RECURRING),
            Map.entry("subscription", InvoiceKind.RECURRING),
            Map.entry("recurrente", InvoiceKind.RECURRING),
            Map.entry("cuota", InvoiceKind.RECURRING),
            Map.entry("mensual", InvoiceKind.RECURRING),
            Map.entry("project", InvoiceKind.PROJECT),
            Map.entry("proyecto", InvoiceKind.PROJECT),
            Map.entry("hardware", InvoiceKind.HARDWARE),
            Map.entry("equipos", InvoiceKind.HARDWARE),
            Map.entry("break fix", InvoiceKind.BREAK_FIX),
            Map.entry("breakfix", InvoiceKind.BREAK_FIX),
            Map.entry("incidencia", InvoiceKind.BREAK_FIX),
            Map.entry("asistencia", InvoiceKind.BREAK_FIX));

    private ChoiceValues() {
    }

    /** Returns true or false, or null when the value is neither a yes nor a no; blank means no. */
    static Boolean yesNo(String value) {
        String key = normalize(value);
        if (key.isEmpty() || NO.contains(key)) {
            return Boolean.FALSE;
        }
        return YES.contains(key) ? Boolean.TRUE : null;
    }

    /** Maps a known name to its billing method, any other text to OTHER, and blank to the fallback. */
    static BillingMethod billingMethod(String value, BillingMethod fallback) {
        String key = normalize(value);
        return key.isEmpty() ? fallback : BILLING_METHODS.getOrDefault(key, BillingMethod.OTHER);
    }

    /** Maps a known name to its kind, and anything else, blank included, to OTHER. */
    static InvoiceKind kind(String value) {
        return KINDS.getOrDefault(normalize(value), InvoiceKind.OTHER);
    }

    /** Lower-cases, drops accents, and turns every run of punctuation or spaces into one space. */
    static String normalize(String value) {
        String withoutAccents = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
