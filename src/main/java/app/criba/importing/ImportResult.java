package app.criba.importing;

import java.util.List;

/** Either the summary of a finished import, or the problems that kept it from writing anything. */
public record ImportResult(ImportSummary summary, List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    static ImportResult imported(ImportSummary summary) {
        return new ImportResult(summary, List.of());
    }

    static ImportResult rejected(List<ImportError> errors) {
        return new ImportResult(null, errors);
    }

    public boolean isImported() {
        return summary != null;
    }
}
