package app.criba.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail for the audit page and its export: filtered, newest first. */
@Service
public class AuditTrail {

    /** The maximum number of entries in one export, so that a file stays small enough for a spreadsheet. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A client or user to pick in a filter. */
    public record Choice(long id, String name) {
    }

    @Transactional(readOnly = true)
    public AuditPage page(AuditQuery query) {
        Filter filter = filter(query);
        long total = jdbc.sql("select count(*) from audit_entry a where " + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
        int pageCount = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(Math.max(query.page(), 1), pageCount);
        List<AuditRecord> records = select(filter, query.pageSize(), (long) (page - 1) * query.pageSize());
        return new AuditPage(records, total, page, pageCount);
    }

    /** Returns the entries that match the filters, newest first, up to {@link #MAX_EXPORT_ROWS}, ignoring the page. */
    @Transactional(readOnly = true)
    public List<AuditRecord> matching(AuditQuery query) {
        return select(filter(query), MAX_EXPORT_ROWS, 0);
    }

    /** Returns every client, former ones included, by name. */
    @Transactional(readOnly = true)
    public List<Choice> clients() {
        return jdbc.sql("select id, name from client order by lower(name), id")
                .query((row, index) -> new Choice(row.getLong("id"), row.getString("name")))
                .list();
    }

    /** Returns every user, disabled ones included, by name. */
    @Transactional(readOnly = true)
    public List<Choice> users() {
        return jdbc.sql("select id, display_name from app_user order by lower(display_name), id")
                .query((row, index) -> new Choice(row.getLong("id"), row.getString("display_name")))
                .list();
    }

    private List<AuditRecord> select(Filter filter, int limit, long offset) {
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                select a.*, c.name as client_name
                from audit_entry a left join client c on c.id = a.client_id
                where %s
                order by a.occurred_at desc, a.id desc
                limit ? offset ?
                """.formatted(filter.where()))
                .params(params)
                .query((row, index) -> toRecord(row))
                .list();
    }

    private Filter filter(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        conditions.add("true");
        if (query.clientId() != null) {
            conditions.add("a.client_id = ?");
            params.add(query.clientId());
        }
        if (query.userId() != null) {
            conditions.add("a.user_id = ?");
            params.add(query.userId());
        }
        if (query.kind() != null) {
            conditions.add("a.entity_kind = ?");
            params.add(query.kind().name());
        }
        if (query.from() != null) {
            conditions.add("a.occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("a.occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return new Filter(String.join(" and ", conditions), params);
    }

    private AuditRecord toRecord(ResultSet row) throws SQLException {
        Instant occurredAt = row.getTimestamp("occurred_at").toInstant();
        return new AuditRecord(row.getLong("id"), occurredAt, (Long) row.getObject("user_id"),
                row.getString("user_name"), row.getString("remote_address"), AuditKind.valueOf(row.getString("entity_kind")),
                (Long) row.getObject("entity_id"), (Long) row.getObject("client_id"), row.getString("client_name"),
                AuditAction.valueOf(row.getString("action")), values(row.getString("before_values")),
                values(row.getString("after_values")));
    }

    private Map<String, Object> values(String text) {
        return text == null ? null : json.readValue(text, VALUES);
    }

    private record Filter(String where, List<Object> params) {
    }
}
