package app.criba.importing;

import java.time.Instant;
import java.util.List;

/**
 * One file checked or imported, as the history lists it: who started it and when, the mapping,
 * where it stands, the rows read so far, the counts, the first problems and the first rows as
 * understood. rowsTotal is an estimate from the file's line count, for the progress bar.
 */
public record ImportRun(long id, ImportKind kind, String fileName, String uploadToken, Long userId,
        String userName, String language, ImportMapping mapping, RunStatus status, int rowsRead, Integer rowsTotal,
        ImportCounts counts, int errorCount, List<ImportError> errors, List<PreviewRow> preview, Instant startedAt,
        Instant finishedAt, Instant importedAt, Instant undoneAt, String undoneByName) {

    /** Returns the share of rows read, from 0 to 100, for the progress bar. */
    public int percentDone() {
        if (!status.isRunning()) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal <= 0) {
            return 0;
        }
        return Math.min(99, (int) (100L * rowsRead / rowsTotal));
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
