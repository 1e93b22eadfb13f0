package app.criba.importing;

import java.nio.file.Path;
import java.util.Locale;

/** One run of the engine over a stored file: the run it reports to, who started it, and how to read the file. */
record ImportJob(long runId, Long userId, Locale locale, String fileName, Path file, ImportMapping mapping) {
}
