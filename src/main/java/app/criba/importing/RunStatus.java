package app.criba.importing;

/**
 * Where an import run stands. A page import is checked first (CHECKING, then CHECKED or
 * REJECTED) and imported when the user confirms (IMPORTING, then IMPORTED or REJECTED). An API
 * import goes straight to IMPORTING. FAILED means the run stopped on an unexpected error or when
 * the application stopped; an imported run can be UNDONE.
 */
public enum RunStatus {
    CHECKING, CHECKED, REJECTED, IMPORTING, IMPORTED, FAILED, UNDONE;

    public boolean isRunning() {
        return this == CHECKING || this == IMPORTING;
    }

    /** Whether the run wrote records: imported, and possibly undone since. */
    public boolean wroteRecords() {
        return this == IMPORTED || this == UNDONE;
    }
}
