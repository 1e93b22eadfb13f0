package app.criba.importing;

import org.springframework.stereotype.Component;

import app.criba.audit.AuditAction;
import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;

/**
 * Records imports in the audit trail: one entry when a run starts writing, one when it ends and
 * one when it is undone. An import writes its rows by JDBC in bulk, so the trail holds the run's
 * counts instead of one entry per record; the run itself names every record it created.
 */
@Component
class ImportAudit {

    private final AuditLog audit;

    ImportAudit(AuditLog audit) {
        this.audit = audit;
    }

    void started(long runId, ImportKind kind, String fileName, Long userId) {
        audit.record(entry(runId, AuditAction.IMPORT_STARTED, AuditValues.of()
                .put("kind", kind)
                .put("fileName", fileName)), userId);
    }

    /** Records the end of a run that was to write: imported, rejected for bad rows, or failed. */
    void finished(ImportJob job, RunStatus status, ImportOutcome outcome) {
        AuditAction action = status == RunStatus.IMPORTED ? AuditAction.IMPORTED : AuditAction.IMPORT_FAILED;
        ImportCounts counts = outcome.counts();
        audit.record(entry(job.runId(), action, AuditValues.of()
                .put("kind", job.mapping().kind())
                .put("fileName", job.fileName())
                .put("status", status)
                .put("rows", outcome.rows())
                .put("created", counts.created())
                .put("updated", counts.updated())
                .put("skipped", counts.skipped())
                .put("clientsCreated", counts.clientsCreated())
                .put("problems", outcome.errorCount())), job.userId());
    }

    void undone(ImportRun run, int recordsDeleted, Long userId) {
        audit.record(entry(run.id(), AuditAction.UNDONE, AuditValues.of()
                .put("kind", run.kind())
                .put("fileName", run.fileName())
                .put("recordsDeleted", recordsDeleted)), userId);
    }

    private static AuditEntry entry(long runId, AuditAction action, AuditValues values) {
        return new AuditEntry(AuditKind.IMPORT_RUN, runId, null, action, null, values.toMap());
    }
}
