package app.criba.audit;

import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a record as an audit entry stores them, in the order they are put. Values become
 * JSON-friendly: dates and times their ISO text, enums their name, numbers and booleans stay as
 * they are, and lists keep their elements converted the same way.
 */
public final class AuditValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static AuditValues of() {
        return new AuditValues();
    }

    public AuditValues put(String field, Object value) {
        values.put(field, convert(value));
        return this;
    }

    public Map<String, Object> toMap() {
        return Collections.unmodifiableMap(values);
    }

    private static Object convert(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Temporal temporal) {
            return temporal.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditValues::convert).toList();
        }
        if (value instanceof AuditValues nested) {
            return nested.toMap();
        }
        return value.toString();
    }
}
