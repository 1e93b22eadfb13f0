package app.criba.system.csv;

import java.util.List;

/** A table to export as CSV: its columns and its rows, in the order they are written. */
public record CsvTable<T>(List<CsvColumn<T>> columns, List<T> rows) {
}
