package app.criba.system.csv;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The delimiter and decimal separator of a CSV file. A spreadsheet program set to a language
 * whose decimal separator is a comma (Spanish) splits fields on semicolons, so such a file uses
 * a semicolon and a decimal comma; every other language gets a comma and a decimal point.
 */
public record CsvDialect(char delimiter, char decimalSeparator) {

    public static final CsvDialect COMMA = new CsvDialect(',', '.');
    public static final CsvDialect SEMICOLON = new CsvDialect(';', ',');

    public static CsvDialect forLocale(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? SEMICOLON : COMMA;
    }
}
