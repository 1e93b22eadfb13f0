package app.criba.importing;

import java.util.List;

import app.criba.system.PlainText;

/**
 * A CSV file as read: its header names, the delimiter it was read with, and its data rows
 * (rows whose values are all blank are left out).
 */
public record CsvTable(List<String> headers, Delimiter delimiter, List<Row> rows) {

    /** One data row; line is the file's line number (the header is line 1) where the row starts. */
    public record Row(int line, List<String> values) {

        /**
         * Returns the value at the index without the invisible characters around it (see
         * {@link PlainText#strip}), or an empty string when the row is shorter.
         */
        public String value(int index) {
            return index < values.size() ? PlainText.strip(values.get(index)) : "";
        }
    }

    /** Returns the index of the named column (exact name first, then ignoring case and spaces), or -1. */
    public int indexOf(String column) {
        if (column == null || column.isBlank()) {
            return -1;
        }
        int exact = headers.indexOf(column);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        return -1;
    }

    public List<Row> preview(int count) {
        return rows.subList(0, Math.min(count, rows.size()));
    }
}
