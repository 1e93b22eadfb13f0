package app.criba.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;
import app.criba.client.ClientService;
import app.criba.system.PlainText;

/**
 * Sets and removes the owner's grade overrides. An override is in force from the moment it is
 * set until it is removed or replaced, so the portfolio as of an earlier date shows the grade
 * that was in force at the end of that day.
 */
@Service
public class GradeOverrideService {

    private static final Logger log = LoggerFactory.getLogger(GradeOverrideService.class);
    private static final String SELECT = """
            select o.id, o.client_id, o.grade, o.reason, o.set_by_id, u.display_name as set_by_name, o.set_at
            from grade_override o left join app_user u on u.id = o.set_by_id
            """;
    /** In force at an instant: set before it, and not removed by then. */
    private static final String IN_FORCE = " o.set_at < :end and (o.removed_at is null or o.removed_at >= :end)";

    private final JdbcClient jdbc;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    GradeOverrideService(JdbcClient jdbc, ClientService clients, CurrentUser currentUser, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the override of each client that was in force at the end of the day, by client id. */
    @Transactional(readOnly = true)
    public Map<Long, GradeOverride> inForce(LocalDate asOf) {
        return jdbc.sql(SELECT + " where" + IN_FORCE)
                .param("end", endOf(asOf))
                .query((row, index) -> toOverride(row))
                .list().stream()
                .collect(Collectors.toMap(GradeOverride::clientId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<GradeOverride> inForce(long clientId, LocalDate asOf) {
        return jdbc.sql(SELECT + " where o.client_id = :client and" + IN_FORCE)
                .param("client", clientId)
                .param("end", endOf(asOf))
                .query((row, index) -> toOverride(row))
                .optional();
    }

    /**
     * Sets the client's grade, replacing the override in force, if any; saving the override in
     * force unchanged writes nothing. {@code computedGrade} is the grade the model gives today,
     * which the audit entry keeps beside the override.
     */
    @Transactional
    public GradeOverride set(long clientId, Grade grade, String reason, Grade computedGrade) {
        lockClient(clientId);
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        Optional<GradeOverride> previous = current(clientId);
        if (previous.isPresent() && previous.get().grade() == grade
                && previous.get().reason().equals(PlainText.strip(reason))) {
            return previous.get();
        }
        previous.ifPresent(old -> markRemoved(old.id(), userId, now));
        long id = jdbc.sql("""
                insert into grade_override (client_id, grade, reason, set_by_id, set_at)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(clientId, grade.name(), PlainText.strip(reason), userId, now)
                .query(Long.class)
                .single();
        AuditValues after = values(grade, PlainText.strip(reason), computedGrade);
        if (previous.isPresent()) {
            audit.record(AuditEntry.updated(AuditKind.GRADE_OVERRIDE, id, clientId,
                    values(previous.get().grade(), previous.get().reason(), null), after));
        } else {
            audit.record(AuditEntry.created(AuditKind.GRADE_OVERRIDE, id, clientId, after));
        }
        log.info("Set grade override {} of client {} to {} (computed {}) for user {}", id, clientId, grade,
                computedGrade, userId);
        return current(clientId).orElseThrow();
    }

    /** Removes the override in force; returns false when the client has none. */
    @Transactional
    public boolean remove(long clientId) {
        lockClient(clientId);
        Optional<GradeOverride> current = current(clientId);
        if (current.isEmpty()) {
            return false;
        }
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        markRemoved(current.get().id(), userId, Timestamp.from(clock.instant()));
        audit.record(AuditEntry.deleted(AuditKind.GRADE_OVERRIDE, current.get().id(), clientId,
                values(current.get().grade(), current.get().reason(), null)));
        log.info("Removed grade override {} of client {} for user {}", current.get().id(), clientId, userId);
        return true;
    }

    /** Locks the client's row, so that two owners setting an override at once take turns; 404 for an unknown client. */
    private void lockClient(long clientId) {
        clients.get(clientId);
        jdbc.sql("select id from client where id = ? for update").param(clientId).query(Long.class).single();
    }

    private Optional<GradeOverride> current(long clientId) {
        return jdbc.sql(SELECT + " where o.client_id = ? and o.removed_at is null")
                .param(clientId)
                .query((row, index) -> toOverride(row))
                .optional();
    }

    private void markRemoved(long overrideId, Long userId, Timestamp when) {
        jdbc.sql("update grade_override set removed_at = ?, removed_by_id = ? where id = ?")
                .params(when, userId, overrideId)
                .update();
    }

    /** Returns the first instant of the day after {@code asOf} in the server's time zone. */
    private Timestamp endOf(LocalDate asOf) {
        Instant end = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return Timestamp.from(end);
    }

    private static AuditValues values(Grade grade, String reason, Grade computedGrade) {
        AuditValues values = AuditValues.of().put("grade", grade).put("reason", reason);
        return computedGrade == null ? values : values.put("computedGrade", computedGrade);
    }

    private static GradeOverride toOverride(ResultSet row) throws SQLException {
        return new GradeOverride(row.getLong("id"), row.getLong("client_id"), Grade.valueOf(row.getString("grade")),
                row.getString("reason"), (Long) row.getObject("set_by_id"), row.getString("set_by_name"),
                row.getTimestamp("set_at").toInstant());
    }
}
