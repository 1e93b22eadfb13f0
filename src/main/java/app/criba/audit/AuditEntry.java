package app.criba.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change to record: the kind and id of the record, its client when it has one, the action,
 * and the field values before and after. Either side is null when it does not apply, such as
 * the before of a created record.
 */
public record AuditEntry(AuditKind kind, Long entityId, Long clientId, AuditAction action,
        Map<String, Object> before, Map<String, Object> after) {

    public AuditEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry created(AuditKind kind, Long entityId, Long clientId, AuditValues after) {
        return new AuditEntry(kind, entityId, clientId, AuditAction.CREATED, null, after.toMap());
    }

    public static AuditEntry deleted(AuditKind kind, Long entityId, Long clientId, AuditValues before) {
        return new AuditEntry(kind, entityId, clientId, AuditAction.DELETED, before.toMap(), null);
    }

    /** An update that keeps only the fields whose value changed, on both sides. */
    public static AuditEntry updated(AuditKind kind, Long entityId, Long clientId, AuditValues before,
            AuditValues after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        Map<String, Object> old = before.toMap();
        Map<String, Object> now = after.toMap();
        for (String field : union(old, now)) {
            Object oldValue = old.get(field);
            Object newValue = now.get(field);
            if (!sameValue(oldValue, newValue)) {
                changedBefore.put(field, oldValue);
                changedAfter.put(field, newValue);
            }
        }
        return new AuditEntry(kind, entityId, clientId, AuditAction.UPDATED, changedBefore, changedAfter);
    }

    /** Tells whether an update changed any field; an unchanged save need not be recorded. */
    public boolean changesSomething() {
        return action != AuditAction.UPDATED || after != null && !after.isEmpty();
    }

    private static Iterable<String> union(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        first.keySet().forEach(field -> fields.put(field, true));
        second.keySet().forEach(field -> fields.put(field, true));
        return fields.keySet();
    }

    /** Compares numbers by value, so that 10.0 and 10.00 count as the same amount. */
    private static boolean sameValue(Object first, Object second) {
        if (first instanceof BigDecimal a && second instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(first, second);
    }
}
