package app.criba.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;

/**
 * Runs imports in tests the way the API does: stores the bytes as an upload, completes the
 * mapping with the guesses from the file, starts the run and waits for it to finish.
 */
public final class ImportTester {

    private static final String OWNER = "tester";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ImportJobs jobs;
    private final UploadStore uploads;
    private final ImportSetup setup;

    public ImportTester(ApplicationContext context) {
        this.jobs = context.getBean(ImportJobs.class);
        this.uploads = context.getBean(UploadStore.class);
        this.setup = context.getBean(ImportSetup.class);
    }

    /** Imports the file with the starting mapping completed by the guesses. */
    public ImportRun importFile(String fileName, byte[] content, ImportMapping start, Long userId, Locale locale) {
        return run(fileName, content, start, userId, locale, true);
    }

    /** Checks the file without writing. */
    public ImportRun check(String fileName, byte[] content, ImportMapping start, Long userId, Locale locale) {
        return run(fileName, content, start, userId, locale, false);
    }

    /** Imports the file with the mapping guessed from it alone. */
    public ImportRun importGuessed(ImportKind kind, String fileName, byte[] content) {
        return importFile(fileName, content, ImportMapping.empty(kind), null, Locale.ENGLISH);
    }

    public ImportMapping completed(byte[] content, ImportMapping start) {
        UploadStore.Upload upload = save("guess.csv", content);
        try {
            return setup.complete(start, setup.describe(upload.file(), start));
        } finally {
            uploads.delete(upload.token());
        }
    }

    private ImportRun run(String fileName, byte[] content, ImportMapping start, Long userId, Locale locale,
            boolean write) {
        UploadStore.Upload upload = save(fileName, content);
        ImportMapping mapping;
        try {
            mapping = setup.complete(start, setup.describe(upload.file(), start));
        } catch (app.criba.importing.file.CsvFileException unreadable) {
            mapping = start;
        }
        ImportJobs.Starter starter = new ImportJobs.Starter(userId, locale);
        long id = write ? jobs.importNow(upload, mapping, starter) : jobs.check(upload, mapping, starter);
        ImportRun run = jobs.await(id, TIMEOUT).orElseThrow();
        if (run.status().isRunning()) {
            throw new IllegalStateException("Import run " + id + " did not finish in " + TIMEOUT);
        }
        return run;
    }

    private UploadStore.Upload save(String fileName, byte[] content) {
        try {
            String token = uploads.save(new ByteArrayInputStream(content), fileName, OWNER);
            return uploads.find(token, OWNER).orElseThrow();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Builds a mapping that names these columns, leaving the rest to the guess. */
    public static ImportMapping columns(ImportKind kind, Map<String, String> columns) {
        return ImportMapping.empty(kind).withColumns(columns);
    }
}
