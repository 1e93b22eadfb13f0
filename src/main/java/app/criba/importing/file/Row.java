package app.criba.importing.file;

import java.util.List;

import app.criba.system.PlainText;

/**
 * One data row as read, with the 1-based physical line it starts on. It may have more or fewer
 * values than the header has columns.
 */
public record Row(int line, List<String> values) {

    public Row {
        values = List.copyOf(values);
    }

    /**
     * Returns the value at the index without the invisible characters around it (see
     * {@link PlainText#strip}), or an empty string when the row is shorter.
     */
    public String value(int index) {
        return index < values.size() ? PlainText.strip(values.get(index)) : "";
    }

    public int size() {
        return values.size();
    }
}
