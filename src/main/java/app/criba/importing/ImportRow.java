package app.criba.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a file as read: the text of each mapped field and the value it was read as (null
 * when blank or invalid). A row with a problem is marked rejected and is never written. The
 * client id is set once the engine has found or created the row's client.
 */
final class ImportRow {

    /** The outcome of writing a row, or the one a check predicts: a record created, changed or found unchanged. */
    enum Action {
        CREATE, UPDATE, SKIP
    }

    private final int line;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private boolean rejected;
    private Long clientId;
    private boolean newClient;
    private Action action;

    ImportRow(int line) {
        this.line = line;
    }

    int line() {
        return line;
    }

    void put(String field, String text, Object value) {
        texts.put(field, text);
        if (value != null) {
            values.put(field, value);
        }
    }

    String textOf(String field) {
        return texts.getOrDefault(field, "");
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    /** Returns true when the file has a column for the field, even when this row leaves it blank. */
    boolean hasColumn(String field) {
        return texts.containsKey(field);
    }

    Map<String, Object> values() {
        return values;
    }

    String text(String field) {
        return (String) values.get(field);
    }

    LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    LocalDateTime dateTime(String field) {
        return (LocalDateTime) values.get(field);
    }

    LocalTime time(String field) {
        return (LocalTime) values.get(field);
    }

    BigDecimal amount(String field) {
        return (BigDecimal) values.get(field);
    }

    Integer integer(String field) {
        return (Integer) values.get(field);
    }

    /** Returns the yes/no value, or the fallback when the file has none for this row. */
    boolean yes(String field, boolean fallback) {
        Boolean value = (Boolean) values.get(field);
        return value != null ? value : fallback;
    }

    String choice(String field) {
        return (String) values.get(field);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String name = choice(field);
        return name != null ? Enum.valueOf(type, name) : fallback;
    }

    boolean isRejected() {
        return rejected;
    }

    void reject() {
        rejected = true;
    }

    Long clientId() {
        return clientId;
    }

    boolean isNewClient() {
        return newClient;
    }

    void client(long id, boolean created) {
        this.clientId = id;
        this.newClient = created;
    }

    Action action() {
        return action;
    }

    void action(Action done) {
        this.action = done;
    }
}
