package app.criba.importing;

import java.util.List;

/**
 * What one run of the engine found: the rows read, the counts of what was (or would be)
 * written, the first problems and their total, and the first rows as understood.
 */
public record ImportOutcome(int rows, ImportCounts counts, List<ImportError> errors, int errorCount,
        List<PreviewRow> preview) {

    public ImportOutcome {
        errors = List.copyOf(errors);
        preview = List.copyOf(preview);
    }

    static ImportOutcome rejected(List<ImportError> errors) {
        return new ImportOutcome(0, ImportCounts.NONE, errors, errors.size(), List.of());
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
