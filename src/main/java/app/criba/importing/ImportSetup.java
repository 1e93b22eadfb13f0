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

    ImportSetup(SavedMappings saved) {
        this.saved = saved;
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
     * saved mapping of the same kind; empty for no source or an unknown one.
     */
    public Optional<ImportMapping> source(ImportKind kind, String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        if (source.startsWith("preset:")) {
            return ImportPreset.byKey(source.substring("preset:".length()))
                    .filter(preset -> preset.kind() == kind).map(ImportPreset::mapping);
        }
        if (source.startsWith("saved:")) {
            try {
                return saved.find(Long.parseLong(source.substring("saved:".length())))
                        .filter(mapping -> mapping.kind() == kind).map(SavedMappings.Saved::mapping);
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static ImportError toError(CsvFileException unreadable) {
        return FileFormats.toError(unreadable);
    }
}
