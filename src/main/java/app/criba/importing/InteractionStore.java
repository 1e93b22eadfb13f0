package app.criba.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.criba.activity.InteractionKind;

/**
 * The database work of interaction imports, one query per batch to find stored interactions and
 * JDBC batches for the writes. Times go to PostgreSQL as ISO text in a text array cast to
 * timestamp[].
 */
@Repository
class InteractionStore {

    private static final int BATCH_SIZE = 500;
    private static final String COLUMNS = """
            select id, external_id, client_id, occurred_at, kind, after_hours, note
            from interaction
            """;

    private final JdbcTemplate jdbc;

    InteractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of an interaction that an import writes. */
    record InteractionValues(String externalId, long clientId, LocalDateTime occurredAt, InteractionKind kind,
            boolean afterHours, String note) {

        InteractionValues withoutExternalId() {
            return new InteractionValues(null, clientId, occurredAt, kind, afterHours, note);
        }
    }

    record StoredInteraction(long id, InteractionValues values) {
    }

    /** A client and a moment, to find the interactions a file without ids may repeat. */
    record ClientMoment(long clientId, LocalDateTime occurredAt) {
    }

    /** Finds the stored interactions with these external ids. The oldest wins when an id appears twice. */
    Map<String, StoredInteraction> findByExternalIds(Collection<String> externalIds) {
        Map<String, StoredInteraction> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        jdbc.query(COLUMNS + " where external_id = any(?) order by id", row -> {
            StoredInteraction interaction = read(row);
            found.putIfAbsent(interaction.values().externalId(), interaction);
        }, (Object) externalIds.toArray(String[]::new));
        return found;
    }

    /** Finds every stored interaction of these clients at these moments. */
    List<StoredInteraction> findAt(Collection<ClientMoment> moments) {
        List<StoredInteraction> found = new ArrayList<>();
        if (moments.isEmpty()) {
            return found;
        }
        jdbc.query(COLUMNS + """
                 where (client_id, occurred_at) in (select * from unnest(?::bigint[], ?::timestamp[]))
                """, row -> {
            found.add(read(row));
        }, moments.stream().map(ClientMoment::clientId).toArray(Long[]::new),
                moments.stream().map(moment -> moment.occurredAt().toString()).toArray(String[]::new));
        return found;
    }

    void insert(List<InteractionValues> interactions, Long loggedById, long runId) {
        jdbc.batchUpdate("""
                insert into interaction (external_id, client_id, occurred_at, kind, after_hours, note, logged_by_id,
                                         import_run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, interactions, BATCH_SIZE, (statement, interaction) -> {
            statement.setString(1, interaction.externalId());
            statement.setLong(2, interaction.clientId());
            statement.setObject(3, interaction.occurredAt());
            statement.setString(4, interaction.kind().name());
            statement.setBoolean(5, interaction.afterHours());
            statement.setString(6, interaction.note());
            statement.setObject(7, loggedById, Types.BIGINT);
            statement.setLong(8, runId);
        });
    }

    void update(List<StoredInteraction> interactions) {
        jdbc.batchUpdate("""
                update interaction set client_id = ?, occurred_at = ?, kind = ?, after_hours = ?, note = ?,
                       version = version + 1
                where id = ?
                """, interactions, BATCH_SIZE, (statement, interaction) -> {
            InteractionValues values = interaction.values();
            statement.setLong(1, values.clientId());
            statement.setObject(2, values.occurredAt());
            statement.setString(3, values.kind().name());
            statement.setBoolean(4, values.afterHours());
            statement.setString(5, values.note());
            statement.setLong(6, interaction.id());
        });
    }

    private static StoredInteraction read(ResultSet row) throws SQLException {
        return new StoredInteraction(row.getLong("id"), new InteractionValues(row.getString("external_id"),
                row.getLong("client_id"), row.getObject("occurred_at", LocalDateTime.class),
                InteractionKind.valueOf(row.getString("kind")), row.getBoolean("after_hours"),
                row.getString("note")));
    }
}
