package app.criba.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import app.criba.importing.file.CsvFileException;

/**
 * The mapping step of an import: describes an uploaded file and completes a mapping with the
 * guesses from it, starting from a preset or a saved mapping when the user picked one.
 */
@Service
public class ImportSetup {

    private final SavedMappings saved;
    private final ImportRuns runs;

    ImportSetup(SavedMappings saved, ImportRuns runs) {
        this.saved = saved;
        this.runs = runs;
    }

    /**
     * Reads the file with the mapping's file settings, detecting those it leaves open.
     *
     * @throws CsvFileException when the file is no readable CSV table
     */
    public FileView describe(Path file, ImportMapping mapping) {
        return MappingGuess.describe(file, mapping);
    }

    public ImportMapping complete(ImportMapping mapping, FileView view) {
        return MappingGuess.complete(mapping, view);
    }

    public List<String> fittingDateFormats(ImportMapping mapping, FileView view) {
        return MappingGuess.fittingDateFormats(mapping, view);
    }

    public boolean datesAmbiguous(ImportMapping mapping, FileView view) {
        return MappingGuess.datesAmbiguous(mapping, view);
    }

    /**
     * Returns the mapping a source names: "preset:KEY" for a built-in preset, "saved:ID" for a
     * saved mapping, or "run:ID" for the mapping of an earlier run. Returns empty for no source,
     * an unknown one, or one of another kind.
     */
    public Optional<ImportMapping> source(ImportKind kind, String source) {
        return source(source).filter(mapping -> mapping.kind() == kind);
    }

    /** Returns the mapping a source names, whatever its kind. */
    public Optional<ImportMapping> source(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        if (source.startsWith("run:")) {
            return parseId(source.substring("run:".length())).flatMap(runs::find).map(ImportRun::mapping);
        }
        if (source.startsWith("preset:")) {
            return ImportPreset.byKey(source.substring("preset:".length())).map(ImportPreset::mapping);
        }
        if (source.startsWith("saved:")) {
            return parseId(source.substring("saved:".length())).flatMap(saved::find)
                    .map(SavedMappings.Saved::mapping);
        }
        return Optional.empty();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    public static ImportError toError(CsvFileException unreadable) {
        return FileFormats.toError(unreadable);
    }
}
