package app.criba.importing;

import java.util.Locale;

/**
 * An uploaded file to import with a mapping. The locale chooses the language of the texts the
 * import writes (the reason of an imported dispute); userId is the importing user, or null.
 */
public record ImportRequest(String fileName, byte[] content, ColumnMapping mapping, Long userId, Locale locale) {
}
