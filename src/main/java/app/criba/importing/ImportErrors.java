package app.criba.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a file. It counts every problem but keeps only the first ones, so a
 * file with a bad value on each of 100,000 rows does not fill the memory or the page.
 */
final class ImportErrors {

    static final int KEPT = 500;

    private final List<ImportError> kept = new ArrayList<>();
    private int count;
    private final ColumnNames columns;

    /** Finds the file's column name of a field, to name it in a problem. */
    interface ColumnNames {
        String columnOf(String field);
    }

    ImportErrors(ColumnNames columns) {
        this.columns = columns;
    }

    /** Marks the row rejected and records a problem with the value of one of its fields. */
    void reject(ImportRow row, String field, String code, Object... args) {
        row.reject();
        add(new ImportError(row.line(), columns.columnOf(field), row.textOf(field), code, List.of(args)));
    }

    /** Marks the row rejected and records a problem with the row as a whole. */
    void rejectRow(ImportRow row, String value, String code, Object... args) {
        row.reject();
        add(new ImportError(row.line(), null, value, code, List.of(args)));
    }

    void add(ImportError error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
