package app.criba.importing;

import java.nio.file.Path;

import app.criba.importing.file.CsvFileException;
import app.criba.importing.file.FileFormat;
import app.criba.importing.file.FormatDetector;

/** Works out how to read a stored file: the mapping's choices where it makes them, detection for the rest. */
final class FileFormats {

    private FileFormats() {
    }

    /**
     * Returns the encoding, delimiter and header line to read the file with.
     *
     * @throws CsvFileException when detection finds no readable text table
     */
    static FileFormat resolve(Path file, ImportMapping mapping) {
        if (mapping.headerLine() != null && mapping.headerLine() < 1) {
            throw new CsvFileException("import.file.headerLineInvalid", null, mapping.headerLine());
        }
        if (mapping.encoding() != null && mapping.delimiter() != null && mapping.headerLine() != null) {
            return new FileFormat(mapping.encoding(), mapping.delimiter(), mapping.headerLine());
        }
        FileFormat detected = FormatDetector.detect(file);
        return new FileFormat(mapping.encoding() != null ? mapping.encoding() : detected.encoding(),
                mapping.delimiter() != null ? mapping.delimiter() : detected.delimiter(),
                mapping.headerLine() != null ? mapping.headerLine() : detected.headerLine());
    }

    static ImportError toError(CsvFileException unreadable) {
        return ImportError.ofFile(unreadable.line(), unreadable.code(), unreadable.args());
    }
}
