package app.criba.importing.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text at the start of a file into records the way the CSV parser would, for guessing
 * the delimiter and the header line: a double quote at the start of a value opens a quoted value,
 * two double quotes inside it stand for one, and line breaks inside it belong to the value.
 */
final class SampleRecords {

    /** One record of the sample, with the 1-based physical line it starts on. */
    record SampleRecord(int line, List<String> values) {

        long nonBlankCount() {
            return values.stream().filter(value -> !value.isBlank()).count();
        }
    }

    private SampleRecords() {
    }

    /**
     * Returns the records of the text whose values are not all blank. When the text is cut off
     * (complete is false), the last record is left out because it may be incomplete.
     */
    static List<SampleRecord> split(String text, char delimiter, boolean complete) {
        List<SampleRecord> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean atValueStart = true;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (isLineBreak(text, i)) {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && atValueStart) {
                quoted = true;
                atValueStart = false;
            } else if (c == delimiter) {
                values.add(value.toString());
                value.setLength(0);
                atValueStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                values.add(value.toString());
                addUnlessBlank(records, recordLine, values);
                values = new ArrayList<>();
                value.setLength(0);
                atValueStart = true;
                line++;
                recordLine = line;
            } else {
                value.append(c);
                atValueStart = false;
            }
            i++;
        }
        if (complete && (!values.isEmpty() || !value.isEmpty())) {
            values.add(value.toString());
            addUnlessBlank(records, recordLine, values);
        }
        return records;
    }

    /** Tells whether the character at the index ends a line: LF, or a CR that no LF follows. */
    private static boolean isLineBreak(String text, int index) {
        char c = text.charAt(index);
        return c == '\n' || (c == '\r' && (index + 1 == text.length() || text.charAt(index + 1) != '\n'));
    }

    private static void addUnlessBlank(List<SampleRecord> records, int line, List<String> values) {
        if (values.stream().anyMatch(value -> !value.isBlank())) {
            records.add(new SampleRecord(line, List.copyOf(values)));
        }
    }
}
