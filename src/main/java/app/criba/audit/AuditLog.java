package app.criba.audit;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. Call it from the service method that makes the change, inside its
 * transaction, so that the entry is written exactly when the change is: a change that rolls back
 * leaves no entry, and an entry that cannot be written rolls the change back.
 */
@Component
public class AuditLog {

    private static final int MAX_NAME = 254;
    private static final int MAX_ADDRESS = 64;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change made by the signed-in user of the current request or thread. */
    public void record(AuditEntry entry) {
        write(entry, currentActor(), currentRemoteAddress());
    }

    /** Records a change made on behalf of a user outside a request, such as a background import. */
    public void record(AuditEntry entry, Long userId) {
        write(entry, userId == null ? Actor.NOBODY : actorById(userId), currentRemoteAddress());
    }

    /** Records a login attempt, whose user is not yet (or never) signed in. */
    void recordLogin(AuditEntry entry, String userName, String remoteAddress) {
        Actor actor = actorByEmail(userName).orElse(new Actor(null, truncate(userName, MAX_NAME)));
        write(entry, actor, remoteAddress);
    }

    /** Finds the user with this e-mail address, ignoring case. */
    Optional<Actor> actorByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, display_name from app_user where lower(email) = lower(?)")
                .param(email.strip())
                .query((row, index) -> new Actor(row.getLong("id"), row.getString("display_name")))
                .optional();
    }

    /** Writes the entry, unless it is an update that changed no field. */
    private void write(AuditEntry entry, Actor actor, String remoteAddress) {
        if (!entry.changesSomething()) {
            return;
        }
        jdbc.sql("""
                insert into audit_entry (user_id, user_name, remote_address, entity_kind, entity_id, client_id, action,
                                         before_values, after_values)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                """)
                .params(actor.id(), actor.name(), truncate(remoteAddress, MAX_ADDRESS), entry.kind().name(),
                        entry.entityId(), entry.clientId(), entry.action().name(), toJson(entry.before()),
                        toJson(entry.after()))
                .update();
    }

    private String toJson(Map<String, Object> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    private Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.NOBODY;
        }
        return actorByEmail(authentication.getName())
                .orElse(new Actor(null, truncate(authentication.getName(), MAX_NAME)));
    }

    private Actor actorById(long userId) {
        return jdbc.sql("select id, display_name from app_user where id = ?")
                .param(userId)
                .query((row, index) -> new Actor(row.getLong("id"), row.getString("display_name")))
                .optional()
                .orElse(new Actor(userId, null));
    }

    static String currentRemoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The user behind an entry, as named at the time; both parts are null for the system itself. */
    record Actor(Long id, String name) {
        static final Actor NOBODY = new Actor(null, null);
    }
}
