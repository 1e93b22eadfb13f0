package app.criba.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit entry as the page and the export show it. The client's name is its current
 * one, and empty when the client no longer exists; the user's name is the one it had then.
 */
public record AuditRecord(long id, Instant occurredAt, Long userId, String userName, String remoteAddress,
        AuditKind kind, Long entityId, Long clientId, String clientName, AuditAction action,
        Map<String, Object> before, Map<String, Object> after) {
}
