package app.criba.importing;

import java.util.Locale;

import app.criba.system.PlainText;

/**
 * An uploaded file to import with a mapping. The locale chooses the language of the texts the
 * import writes (the reason of an imported dispute); userId is the importing user, or null. The
 * file name, which the dispute reason quotes, loses any control characters the upload carried.
 */
public record ImportRequest(String fileName, byte[] content, ColumnMapping mapping, Long userId, Locale locale) {

    public ImportRequest {
        fileName = fileName == null ? null : PlainText.removeControlCharacters(fileName);
    }
}
