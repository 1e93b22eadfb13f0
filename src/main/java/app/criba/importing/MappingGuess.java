package app.criba.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.criba.importing.file.CsvFile;
import app.criba.importing.file.DateFormats;
import app.criba.importing.file.FileFormat;
import app.criba.importing.file.NumberStyle;
import app.criba.importing.file.Row;

/**
 * Reads a file once to describe it, and guesses what the user has not chosen. The column of each
 * field comes from the header names in English and Spanish, the date format from the values of
 * the date columns, and the decimal separator from the amounts. Each text of a yes/no or choice
 * column gets the meaning its words suggest.
 */
final class MappingGuess {

    static final int FIRST_ROWS = 5;
    /** Enough distinct values to tell the date format of ten years of daily dates. */
    static final int VALUES_KEPT = 5000;

    private MappingGuess() {
    }

    /**
     * Reads the whole file with the mapping's file settings and skip rules.
     *
     * @throws app.criba.importing.file.CsvFileException when the file is no readable CSV table
     */
    static FileView describe(Path path, ImportMapping mapping) {
        FileFormat format = FileFormats.resolve(path, mapping);
        try (CsvFile file = CsvFile.open(path, format)) {
            List<String> headers = ValueReader.namedHeaders(file.headers());
            Map<String, Set<String>> values = new LinkedHashMap<>();
            headers.forEach(header -> values.put(header, new LinkedHashSet<>()));
            List<Row> firstRows = new ArrayList<>();
            RowSource source = new RowSource(file, mapping);
            int count = 0;
            Row row;
            while ((row = source.next()) != null) {
                count++;
                if (firstRows.size() < FIRST_ROWS) {
                    firstRows.add(row);
                }
                for (int i = 0; i < headers.size(); i++) {
                    Set<String> kept = values.get(headers.get(i));
                    String value = row.value(i);
                    if (kept != null && !value.isEmpty() && kept.size() < VALUES_KEPT) {
                        kept.add(value);
                    }
                }
            }
            return new FileView(format, headers, count, firstRows, values);
        }
    }

    /** Completes the mapping: every setting it leaves open is filled with the guess from the file. */
    static ImportMapping complete(ImportMapping mapping, FileView view) {
        Map<String, String> columns = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(mapping.columns().values());
        for (ImportField field : mapping.kind().fields()) {
            String chosen = mapping.column(field.key());
            if (chosen != null) {
                columns.put(field.key(), chosen);
                continue;
            }
            if (mapping.columns().containsKey(field.key())) {
                continue;
            }
            view.headers().stream()
                    .filter(header -> !header.isBlank() && !taken.contains(header) && field.recognises(header))
                    .filter(header -> holdsDates(field, view.valuesOf(header)))
                    .findFirst()
                    .ifPresent(header -> {
                        columns.put(field.key(), header);
                        taken.add(header);
                    });
        }
        ImportMapping withColumns = mapping.withColumns(columns);
        String dateFormat = mapping.dateFormat() != null ? mapping.dateFormat() : guessDateFormat(withColumns, view);
        Character decimalSeparator = mapping.decimalSeparator() != null ? mapping.decimalSeparator()
                : guessNumberStyle(withColumns, view).decimalSeparator();
        return withColumns.withReading(dateFormat, decimalSeparator)
                .withValues(guessValues(withColumns, view))
                .withFile(view.format().encoding(), view.format().delimiter(), view.format().headerLine());
    }

    /**
     * Returns true when a column can hold a date or date-time field. A column named for the field
     * where no value has a date is left for the user to choose. An example is the "Start time"
     * column of a time tracker that puts the date in another column.
     */
    private static boolean holdsDates(ImportField field, Set<String> values) {
        if (values.isEmpty() || (field.type() != FieldType.DATE && field.type() != FieldType.DATE_TIME)) {
            return true;
        }
        return values.stream().map(value -> field.type() == FieldType.DATE ? value : datePart(value))
                .anyMatch(date -> !DateFormats.fitting(List.of(date)).isEmpty());
    }

    /** Returns the formats that read every value of the mapped date columns, in order of preference. */
    static List<String> fittingDateFormats(ImportMapping mapping, FileView view) {
        List<String> values = dateValues(mapping, view);
        if (values.isEmpty()) {
            return DateFormats.SUPPORTED;
        }
        return DateFormats.fitting(values);
    }

    /** Whether the fitting formats read some date differently, so that the user must choose. */
    static boolean datesAmbiguous(ImportMapping mapping, FileView view) {
        List<String> values = dateValues(mapping, view);
        List<String> fitting = values.isEmpty() ? List.of() : DateFormats.fitting(values);
        return fitting.size() > 1 && DateFormats.ambiguous(fitting, values);
    }

    private static String guessDateFormat(ImportMapping mapping, FileView view) {
        List<String> values = dateValues(mapping, view);
        if (values.isEmpty()) {
            return null;
        }
        List<String> fitting = DateFormats.fitting(values);
        if (fitting.isEmpty()) {
            return bestFitting(values);
        }
        if (fitting.size() > 1 && DateFormats.ambiguous(fitting, values)) {
            return null;
        }
        return fitting.get(0);
    }

    /**
     * Returns the format that reads the most values when none reads them all, so that the check
     * reports each value it cannot read on its own line (such as 31/02/2024) instead of asking for
     * a format. Returns null when no format reads more than half of the values, or when the formats
     * that read the most read some value to different dates.
     */
    private static String bestFitting(List<String> values) {
        Map<String, Long> readCounts = new LinkedHashMap<>();
        for (String pattern : DateFormats.SUPPORTED) {
            readCounts.put(pattern, values.stream().filter(value -> DateFormats.parse(value, pattern) != null).count());
        }
        long maxRead = readCounts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (maxRead * 2 <= values.size()) {
            return null;
        }
        List<String> best = readCounts.entrySet().stream().filter(entry -> entry.getValue() == maxRead)
                .map(Map.Entry::getKey).toList();
        return best.size() > 1 && DateFormats.ambiguous(best, values) ? null : best.get(0);
    }

    /** Returns the date parts of the values of the mapped date and date-time columns. */
    private static List<String> dateValues(ImportMapping mapping, FileView view) {
        Set<String> values = new LinkedHashSet<>();
        for (ImportField field : mapping.kind().fields()) {
            String column = mapping.column(field.key());
            if (column == null) {
                continue;
            }
            if (field.type() == FieldType.DATE) {
                values.addAll(view.valuesOf(column));
            } else if (field.type() == FieldType.DATE_TIME) {
                view.valuesOf(column).forEach(value -> values.add(datePart(value)));
            }
        }
        return List.copyOf(values);
    }

    /** Cuts a date-time such as "31/01/2024 14:05" or "2024-01-31T14:05" down to its date. */
    static String datePart(String value) {
        String stripped = value.strip();
        int cut = stripped.length();
        int space = stripped.indexOf(' ');
        int letterT = stripped.indexOf('T');
        if (space > 0) {
            cut = space;
        }
        if (letterT > 0 && letterT < cut) {
            cut = letterT;
        }
        return stripped.substring(0, cut);
    }

    private static NumberStyle guessNumberStyle(ImportMapping mapping, FileView view) {
        List<String> amounts = new ArrayList<>();
        for (ImportField field : mapping.kind().fields()) {
            String column = mapping.column(field.key());
            if (field.type() == FieldType.AMOUNT && column != null) {
                amounts.addAll(view.valuesOf(column));
            }
        }
        return NumberStyle.guess(amounts, view.format().delimiter());
    }

    /** Returns a value table for each mapped yes/no or choice field: the mapping's choices, then guesses. */
    private static Map<String, Map<String, String>> guessValues(ImportMapping mapping, FileView view) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (ImportField field : mapping.kind().fields()) {
            String column = mapping.column(field.key());
            if (column == null || !field.type().hasValueTable()) {
                continue;
            }
            Map<String, String> chosen = mapping.valueTable(field.key());
            Map<String, String> table = new LinkedHashMap<>();
            for (String text : view.valuesOf(column)) {
                String key = ChoiceValues.normalize(text);
                String choice = chosen.containsKey(key) ? chosen.get(key) : ChoiceValues.guess(field, text);
                table.put(text, choice == null ? "" : choice);
            }
            tables.put(field.key(), table);
        }
        return tables;
    }
}
