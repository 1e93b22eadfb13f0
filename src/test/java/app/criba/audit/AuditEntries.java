package app.criba.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail back for tests, oldest first. */
final class AuditEntries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditEntries() {
    }

    record Stored(long id, Long userId, String userName, String remoteAddress, String kind, Long entityId,
            Long clientId, String action, Map<String, Object> before, Map<String, Object> after) {
    }

    static List<Stored> all(JdbcTemplate jdbc) {
        return jdbc.query("select * from audit_entry order by id", (row, index) -> new Stored(row.getLong("id"),
                (Long) row.getObject("user_id"), row.getString("user_name"), row.getString("remote_address"),
                row.getString("entity_kind"), (Long) row.getObject("entity_id"), (Long) row.getObject("client_id"),
                row.getString("action"), map(row.getString("before_values")), map(row.getString("after_values"))));
    }

    static List<Stored> ofKind(JdbcTemplate jdbc, String kind) {
        return all(jdbc).stream().filter(entry -> entry.kind().equals(kind)).toList();
    }

    private static Map<String, Object> map(String json) {
        return json == null ? null : JSON.readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }
}
