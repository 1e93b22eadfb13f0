package app.criba.audit;

/** What happened to the record. Imports and logins have actions of their own. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED,
    IMPORT_STARTED,
    IMPORTED,
    IMPORT_FAILED,
    UNDONE,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED
}
