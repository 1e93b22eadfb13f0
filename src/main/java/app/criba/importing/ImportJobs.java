package app.criba.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Runs checks and imports in the background, one at a time, so that a file of any length never
 * keeps a request open and two imports never create the same client at once. Each run's status
 * and progress are in the import history, which the page and the API read.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final ImportEngine engine;
    private final ImportRuns runs;
    private final UploadStore uploads;
    private final ImportAudit audit;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "criba-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ImportEngine engine, ImportRuns runs, UploadStore uploads, ImportAudit audit) {
        this.engine = engine;
        this.runs = runs;
        this.uploads = uploads;
        this.audit = audit;
    }

    /** The user who starts a run, and the locale of the texts it writes, such as an imported dispute's reason. */
    public record Starter(Long userId, Locale locale) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) {
            log.warn("Marked {} import runs as failed: the application stopped while they ran, so nothing of "
                    + "them was written", interrupted);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Starts checking an uploaded file without writing anything; returns the run's id. */
    public long check(UploadStore.Upload upload, ImportMapping mapping, Starter starter) {
        long id = runs.create(mapping, upload.fileName(), upload.token(), starter.userId(),
                starter.locale().getLanguage(), RunStatus.CHECKING, estimateRows(upload.file()));
        submit(id, upload, mapping, starter, false);
        return id;
    }

    /** Starts importing a checked run; returns false when the run is not checked (already imported, or rejected). */
    public boolean importChecked(long runId, String owner, Starter starter) {
        Optional<ImportRun> run = runs.find(runId);
        if (run.isEmpty() || run.get().status() != RunStatus.CHECKED) {
            return false;
        }
        Optional<UploadStore.Upload> upload = uploads.find(run.get().uploadToken(), owner);
        if (upload.isEmpty() || !runs.move(runId, RunStatus.CHECKED, RunStatus.IMPORTING)) {
            return false;
        }
        audit.started(runId, run.get().kind(), run.get().fileName(), starter.userId());
        submit(runId, upload.get(), run.get().mapping(), starter, true);
        return true;
    }

    /** Starts importing a file straight away, as the API does; returns the run's id. */
    public long importNow(UploadStore.Upload upload, ImportMapping mapping, Starter starter) {
        long id = runs.create(mapping, upload.fileName(), upload.token(), starter.userId(),
                starter.locale().getLanguage(), RunStatus.IMPORTING, estimateRows(upload.file()));
        audit.started(id, mapping.kind(), upload.fileName(), starter.userId());
        submit(id, upload, mapping, starter, true);
        return id;
    }

    public Optional<ImportRun> find(long runId) {
        return runs.find(runId);
    }

    /** Waits until the run is no longer running or the time is up, and returns its state at that moment. */
    public Optional<ImportRun> await(long runId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ImportRun> run = runs.find(runId);
        while (run.isPresent() && run.get().status().isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            run = runs.find(runId);
        }
        return run;
    }

    /** Returns the latest date among the records an import created, to open the portfolio at that date. */
    public LocalDate latestRecordDate(long runId) {
        return runs.latestRecordDate(runId);
    }

    public List<ImportRun> history(int limit, int offset) {
        return runs.history(limit, offset);
    }

    public int historySize() {
        return runs.historySize();
    }

    private void submit(long runId, UploadStore.Upload upload, ImportMapping mapping, Starter starter,
            boolean write) {
        ImportJob job = new ImportJob(runId, starter.userId(), starter.locale(), upload.fileName(), upload.file(),
                mapping);
        executor.submit(() -> run(job, upload.token(), write));
    }

    private void run(ImportJob job, String token, boolean write) {
        long started = System.nanoTime();
        try {
            ImportOutcome outcome = engine.run(job, write, rows -> runs.progress(job.runId(), rows));
            RunStatus status = outcome.hasErrors() ? RunStatus.REJECTED
                    : write ? RunStatus.IMPORTED : RunStatus.CHECKED;
            runs.finish(job.runId(), status, outcome);
            if (write) {
                audit.finished(job, status, outcome);
            }
            if (status == RunStatus.IMPORTED) {
                uploads.delete(token);
            }
            log.info("{} {} file '{}' (run {}) for user {}: {} rows, {} created, {} updated, {} skipped, {} problems "
                    + "in {} ms", write ? "Imported" : "Checked", job.mapping().kind(), job.fileName(), job.runId(),
                    job.userId(), outcome.rows(), outcome.counts().created(), outcome.counts().updated(),
                    outcome.counts().skipped(), outcome.errorCount(), (System.nanoTime() - started) / 1_000_000);
        } catch (DataIntegrityViolationException concurrentChange) {
            log.warn("Import run {} of '{}' collided with another change", job.runId(), job.fileName(),
                    concurrentChange);
            fail(job, "import.error.concurrent", write);
        } catch (RuntimeException failure) {
            log.error("Import run {} of '{}' failed", job.runId(), job.fileName(), failure);
            fail(job, "import.error.failed", write);
        }
    }

    private void fail(ImportJob job, String code, boolean write) {
        ImportError error = ImportError.ofFile(null, code);
        ImportOutcome outcome = ImportOutcome.rejected(List.of(error));
        runs.finish(job.runId(), RunStatus.FAILED, outcome);
        if (write) {
            audit.finished(job, RunStatus.FAILED, outcome);
        }
    }

    /** Counts the file's line breaks as an estimate of its rows, for the progress bar; null when unreadable. */
    private static Integer estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return (int) Math.min(Integer.MAX_VALUE, Math.max(1, lines));
        } catch (IOException unreadable) {
            return null;
        }
    }
}
