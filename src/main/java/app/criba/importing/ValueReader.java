package app.criba.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.criba.importing.file.AmountParser;
import app.criba.importing.file.DateFormats;
import app.criba.importing.file.Durations;
import app.criba.importing.file.NumberStyle;
import app.criba.importing.file.Row;
import app.criba.system.PlainText;

/**
 * Reads the mapped columns of a data row into an {@link ImportRow}, reporting one problem per
 * bad value rather than stopping at the first, so that the user sees every problem of a file.
 */
final class ValueReader {

    static final int EARLIEST_YEAR = 1990;
    static final int YEARS_AHEAD = 10;
    static final int MAX_INTEGER = 1_000_000;
    static final int MAX_EMAIL = 254;
    private static final int MAX_MINUTES = 24 * 60;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final String POSITION_PREFIX = "#";

    private final ImportKind kind;
    private final ImportMapping mapping;
    private final List<String> headers;
    private final int[] columnIndexes;
    private final NumberStyle numberStyle;
    private final LocalDate earliest;
    private final LocalDate latest;

    ValueReader(ImportMapping mapping, List<String> headers, LocalDate today) {
        this.kind = mapping.kind();
        this.mapping = mapping;
        this.headers = headers;
        this.columnIndexes = kind.fields().stream().mapToInt(field -> indexOf(headers, mapping.column(field.key())))
                .toArray();
        this.numberStyle = mapping.numberStyle();
        this.earliest = LocalDate.of(EARLIEST_YEAR, 1, 1);
        this.latest = today.plusYears(YEARS_AHEAD);
    }

    /**
     * Returns the index of the named column (exact name first, then ignoring case), or -1. A
     * column without a header name, such as the customer column of a QuickBooks report, is named
     * by its position: "#1" is the first column.
     */
    static int indexOf(List<String> headers, String column) {
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
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).isBlank() && positionalName(i).equals(column.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the header names with each blank one replaced by its positional name, as the mapping step shows them. */
    static List<String> namedHeaders(List<String> headers) {
        List<String> named = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            named.add(headers.get(i).isBlank() ? positionalName(i) : headers.get(i));
        }
        return List.copyOf(named);
    }

    /** Returns the name of a column without a header name, from its 0-based index: "#1" for the first. */
    static String positionalName(int index) {
        return POSITION_PREFIX + (index + 1);
    }

    String columnOf(ImportField field) {
        int index = columnIndexes[kind.fields().indexOf(field)];
        if (index < 0) {
            return null;
        }
        return headers.get(index).isBlank() ? positionalName(index) : headers.get(index);
    }

    ImportRow read(Row source, ImportErrors errors) {
        ImportRow row = new ImportRow(source.line());
        checkFieldCount(source, row, errors);
        List<ImportField> fields = kind.fields();
        for (int i = 0; i < fields.size(); i++) {
            ImportField field = fields.get(i);
            int index = columnIndexes[i];
            if (index < 0) {
                continue;
            }
            String text = source.value(index);
            row.put(field.key(), text, null);
            if (text.isEmpty()) {
                if (field.required()) {
                    errors.reject(row, field.key(), "import.error.required");
                }
                continue;
            }
            if (PlainText.containsControlCharacter(text)) {
                errors.reject(row, field.key(), "import.error.controlCharacter");
                continue;
            }
            Object value = read(field, text, row, errors);
            if (value != null) {
                row.put(field.key(), text, value);
            }
        }
        return row;
    }

    private void checkFieldCount(Row source, ImportRow row, ImportErrors errors) {
        int size = source.values().size();
        if (size > headers.size()) {
            List<String> extra = source.values().subList(headers.size(), size);
            if (extra.stream().anyMatch(value -> !value.isBlank())) {
                errors.rejectRow(row, String.join(", ", extra), "import.error.extraValues", headers.size(), size);
            }
        } else if (size < headers.size()) {
            errors.rejectRow(row, null, "import.error.missingValues", headers.size(), size);
        }
    }

    private Object read(ImportField field, String text, ImportRow row, ImportErrors errors) {
        return switch (field.type()) {
            case TEXT -> text(field, text, row, errors);
            case EMAIL -> email(field, text, row, errors);
            case DATE -> date(field, text, row, errors);
            case DATE_TIME -> dateTime(field, text, row, errors);
            case TIME -> time(field, text, row, errors);
            case AMOUNT -> amount(field, text, row, errors);
            case INTEGER -> integer(field, text, row, errors);
            case DURATION -> duration(field, text, row, errors);
            case YES_NO -> yesNo(field, text, row, errors);
            case CHOICE -> choice(field, text, row, errors);
        };
    }

    private String text(ImportField field, String text, ImportRow row, ImportErrors errors) {
        if (field.maxLength() > 0 && text.length() > field.maxLength()) {
            errors.reject(row, field.key(), "import.error.tooLong", field.maxLength());
            return null;
        }
        return text;
    }

    private String email(ImportField field, String text, ImportRow row, ImportErrors errors) {
        if (text.length() > MAX_EMAIL || !EMAIL.matcher(text).matches()) {
            errors.reject(row, field.key(), "import.error.emailInvalid");
            return null;
        }
        return text;
    }

    private LocalDate date(ImportField field, String text, ImportRow row, ImportErrors errors) {
        LocalDate date = mapping.dateFormat() == null ? null : DateFormats.parse(text, mapping.dateFormat());
        if (date == null) {
            errors.reject(row, field.key(), "import.error.dateInvalid", String.valueOf(mapping.dateFormat()));
            return null;
        }
        return plausible(date, field, row, errors) ? date : null;
    }

    private LocalDateTime dateTime(ImportField field, String text, ImportRow row, ImportErrors errors) {
        LocalDateTime dateTime = mapping.dateFormat() == null ? null
                : DateFormats.parseDateTime(text, mapping.dateFormat());
        if (dateTime == null) {
            errors.reject(row, field.key(), "import.error.dateTimeInvalid", String.valueOf(mapping.dateFormat()));
            return null;
        }
        return plausible(dateTime.toLocalDate(), field, row, errors) ? dateTime : null;
    }

    private boolean plausible(LocalDate date, ImportField field, ImportRow row, ImportErrors errors) {
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            errors.reject(row, field.key(), "import.error.dateImplausible", EARLIEST_YEAR, latest.getYear());
            return false;
        }
        return true;
    }

    private LocalTime time(ImportField field, String text, ImportRow row, ImportErrors errors) {
        LocalTime time = DateFormats.parseTime(text);
        if (time == null) {
            errors.reject(row, field.key(), "import.error.timeInvalid");
        }
        return time;
    }

    private Object amount(ImportField field, String text, ImportRow row, ImportErrors errors) {
        AmountParser.Parsed parsed = AmountParser.parse(text, numberStyle);
        if (parsed.errorCode() != null) {
            errors.reject(row, field.key(), parsed.errorCode());
            return null;
        }
        return parsed.amount();
    }

    private Integer integer(ImportField field, String text, ImportRow row, ImportErrors errors) {
        if (!INTEGER.matcher(text).matches() || Integer.parseInt(text) > MAX_INTEGER) {
            errors.reject(row, field.key(), "import.error.integerInvalid", MAX_INTEGER);
            return null;
        }
        return Integer.valueOf(text);
    }

    private Integer duration(ImportField field, String text, ImportRow row, ImportErrors errors) {
        Integer minutes = Durations.minutes(text);
        if (minutes == null || minutes <= 0 || minutes > MAX_MINUTES) {
            errors.reject(row, field.key(), "import.error.durationInvalid");
            return null;
        }
        return minutes;
    }

    private Boolean yesNo(ImportField field, String text, ImportRow row, ImportErrors errors) {
        String chosen = choice(field, text, row, errors);
        return chosen == null ? null : Boolean.valueOf(chosen);
    }

    private String choice(ImportField field, String text, ImportRow row, ImportErrors errors) {
        Map<String, String> table = mapping.valueTable(field.key());
        String chosen = table.get(ChoiceValues.normalize(text));
        if (chosen == null) {
            chosen = ChoiceValues.guess(field, text);
        }
        if (chosen == null || !field.choices().contains(chosen)) {
            errors.reject(row, field.key(), field.type() == FieldType.YES_NO ? "import.error.yesNoInvalid"
                    : "import.error.valueUnmapped");
            return null;
        }
        return chosen;
    }
}
