package app.criba.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.criba.importing.file.FileFormat;
import app.criba.importing.file.Row;

/**
 * A file as the mapping step shows it: how it is written, its header names, its number of data
 * rows, its first rows, and the distinct values of each column (up to a limit per column), from
 * which the date format, the decimal separator and the value tables are guessed.
 */
public record FileView(FileFormat format, List<String> headers, int rowCount, List<Row> firstRows,
        Map<String, Set<String>> columnValues) {

    public Set<String> valuesOf(String column) {
        return columnValues.getOrDefault(column, Set.of());
    }
}
