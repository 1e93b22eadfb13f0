package app.criba.audit;

/** The kind of record an audit entry is about. */
public enum AuditKind {
    CLIENT,
    INVOICE,
    PAYMENT,
    TIME_ENTRY,
    INTERACTION,
    DISPUTE,
    RECOMMENDATION,
    GUT_CHECK,
    GRADE_OVERRIDE,
    SCORING_MODEL,
    USER,
    API_TOKEN,
    IMPORT_RUN
}
