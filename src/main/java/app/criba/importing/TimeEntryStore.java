package app.criba.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The database work of time-entry imports, one query per batch to find stored entries and JDBC
 * batches for the writes. Dates go to PostgreSQL as ISO text in a text array cast to date[].
 */
@Repository
class TimeEntryStore {

    private static final int BATCH_SIZE = 500;
    private static final String COLUMNS = """
            select id, external_id, client_id, worked_on, minutes, technician, billable, after_hours, note
            from time_entry
            """;

    private final JdbcTemplate jdbc;

    TimeEntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a time entry that an import writes. */
    record EntryValues(String externalId, long clientId, LocalDate workedOn, int minutes, String technician,
            boolean billable, boolean afterHours, String note) {

        EntryValues withoutExternalId() {
            return new EntryValues(null, clientId, workedOn, minutes, technician, billable, afterHours, note);
        }
    }

    record StoredEntry(long id, EntryValues values) {
    }

    /** A client and a day, to find the entries a file without ids may repeat. */
    record ClientDay(long clientId, LocalDate day) {
    }

    /** Finds the stored entries with these external ids; the oldest wins when an id appears twice. */
    Map<String, StoredEntry> findByExternalIds(Collection<String> externalIds) {
        Map<String, StoredEntry> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        jdbc.query(COLUMNS + " where external_id = any(?) order by id", row -> {
            StoredEntry entry = read(row);
            found.putIfAbsent(entry.values().externalId(), entry);
        }, (Object) externalIds.toArray(String[]::new));
        return found;
    }

    /** Finds every stored entry of these clients on these days. */
    List<StoredEntry> findOnDays(Collection<ClientDay> days) {
        List<StoredEntry> found = new ArrayList<>();
        if (days.isEmpty()) {
            return found;
        }
        jdbc.query(COLUMNS + """
                 where (client_id, worked_on) in (select * from unnest(?::bigint[], ?::date[]))
                """, row -> {
            found.add(read(row));
        }, days.stream().map(ClientDay::clientId).toArray(Long[]::new),
                days.stream().map(day -> day.day().toString()).toArray(String[]::new));
        return found;
    }

    void insert(List<EntryValues> entries, long runId) {
        jdbc.batchUpdate("""
                insert into time_entry (external_id, client_id, worked_on, minutes, technician, billable,
                                        after_hours, note, import_run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, BATCH_SIZE, (statement, entry) -> {
            statement.setString(1, entry.externalId());
            statement.setLong(2, entry.clientId());
            statement.setObject(3, entry.workedOn());
            statement.setInt(4, entry.minutes());
            statement.setString(5, entry.technician());
            statement.setBoolean(6, entry.billable());
            statement.setBoolean(7, entry.afterHours());
            statement.setString(8, entry.note());
            statement.setLong(9, runId);
        });
    }

    void update(List<StoredEntry> entries) {
        jdbc.batchUpdate("""
                update time_entry set client_id = ?, worked_on = ?, minutes = ?, technician = ?, billable = ?,
                       after_hours = ?, note = ?
                where id = ?
                """, entries, BATCH_SIZE, (statement, entry) -> {
            EntryValues values = entry.values();
            statement.setLong(1, values.clientId());
            statement.setObject(2, values.workedOn());
            statement.setInt(3, values.minutes());
            statement.setString(4, values.technician());
            statement.setBoolean(5, values.billable());
            statement.setBoolean(6, values.afterHours());
            statement.setString(7, values.note());
            statement.setLong(8, entry.id());
        });
    }

    private static StoredEntry read(ResultSet row) throws SQLException {
        return new StoredEntry(row.getLong("id"), new EntryValues(row.getString("external_id"),
                row.getLong("client_id"), row.getObject("worked_on", LocalDate.class), row.getInt("minutes"),
                row.getString("technician"), row.getBoolean("billable"), row.getBoolean("after_hours"),
                row.getString("note")));
    }
}
