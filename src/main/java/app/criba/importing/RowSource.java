package app.criba.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.criba.importing.file.CsvFile;
import app.criba.importing.file.Row;

/**
 * The data rows of a file as an import reads them: rows that start with one of the mapping's
 * skip prefixes are left out, and the blanks of the carry-down column take the value above it.
 * A row whose only value is in the carry-down column is a group row that names what follows,
 * such as the customer in a QuickBooks report, and is left out too.
 */
final class RowSource {

    private final CsvFile file;
    private final List<String> skipPrefixes;
    private final int carryIndex;
    private String carried;

    RowSource(CsvFile file, ImportMapping mapping) {
        this.file = file;
        this.skipPrefixes = mapping.skipRowsStartingWith().stream().map(prefix -> prefix.toLowerCase(Locale.ROOT))
                .toList();
        this.carryIndex = ValueReader.indexOf(file.headers(), mapping.carryDownColumn());
    }

    /** Returns the next row to import, or null after the last one. */
    Row next() {
        Row row;
        while ((row = file.next()) != null) {
            // Group rows are recognised before the skip prefixes apply, so that a customer named
            // "Total Care" is carried down rather than skipped as a "Total for ..." row.
            if (carryIndex >= 0 && !row.value(carryIndex).isEmpty() && onlyValueIsCarried(row)) {
                carried = row.value(carryIndex);
                continue;
            }
            if (startsWithSkipPrefix(row)) {
                continue;
            }
            if (carryIndex < 0) {
                return row;
            }
            String value = row.value(carryIndex);
            if (!value.isEmpty()) {
                carried = value;
                return row;
            }
            return carried == null ? row : withCarried(row);
        }
        return null;
    }

    private boolean startsWithSkipPrefix(Row row) {
        if (skipPrefixes.isEmpty()) {
            return false;
        }
        String first = row.values().stream().map(String::strip).filter(value -> !value.isEmpty()).findFirst()
                .orElse("").toLowerCase(Locale.ROOT);
        return skipPrefixes.stream().anyMatch(first::startsWith);
    }

    private boolean onlyValueIsCarried(Row row) {
        for (int i = 0; i < row.values().size(); i++) {
            if (i != carryIndex && !row.values().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Row withCarried(Row row) {
        List<String> values = new ArrayList<>(row.values());
        while (values.size() <= carryIndex) {
            values.add("");
        }
        values.set(carryIndex, carried);
        return new Row(row.line(), values);
    }
}
