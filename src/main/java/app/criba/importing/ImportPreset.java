package app.criba.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import app.criba.importing.ImportMapping.InvoiceLines;

/**
 * Built-in mappings for the column layouts of the tools MSPs export from. A preset names the
 * columns by their header in that tool's export and sets the options its layout needs; what it
 * leaves open, such as the date format of a locale, is guessed from the file.
 */
public enum ImportPreset {

    QUICKBOOKS_ONLINE_INVOICES(ImportKind.INVOICES, mapping(ImportKind.INVOICES, Map.of(
            Fields.CLIENT, "Customer", Fields.NUMBER, "No.", Fields.ISSUE_DATE, "Date",
            Fields.DUE_DATE, "Due date", Fields.AMOUNT, "Total"), null, null, List.of(), null));

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

    /** The preset's name in the API, such as "quickbooks-online-invoices". */
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
