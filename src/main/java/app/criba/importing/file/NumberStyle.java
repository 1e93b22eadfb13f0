package app.criba.importing.file;

import java.util.Collection;

/**
 * The way a file writes numbers: the decimal separator, and the character that groups thousands, or
 * null for none. Spaces, including no-break spaces, may group thousands in every style.
 */
public record NumberStyle(char decimalSeparator, Character groupingSeparator) {

    /** 1,355.90: decimal point, comma between thousands. */
    public static final NumberStyle POINT = new NumberStyle('.', ',');
    /** 1.355,90: decimal comma, point between thousands. */
    public static final NumberStyle COMMA = new NumberStyle(',', '.');

    public NumberStyle {
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("The decimal separator must be '.' or ',', was '" + decimalSeparator + "'");
        }
        if (groupingSeparator != null && (groupingSeparator == decimalSeparator || Character.isDigit(groupingSeparator))) {
            throw new IllegalArgumentException("Invalid grouping separator '" + groupingSeparator + "'");
        }
    }

    /**
     * Guesses the style of a column from its values. Each value that only one of {@link #POINT} and
     * {@link #COMMA} reads without error counts for that style, so 12,50 and 1.234.567 count for
     * COMMA, and 12.50 and 1,234 count for POINT. The style with more such values wins. When
     * neither wins, a semicolon-delimited file gets COMMA, because spreadsheets that use a decimal
     * comma write semicolons between values, and any other file gets POINT.
     */
    public static NumberStyle guess(Collection<String> sampleValues, Delimiter delimiter) {
        int pointOnly = 0;
        int commaOnly = 0;
        for (String value : sampleValues) {
            if (value == null || value.isBlank()) {
                continue;
            }
            boolean point = AmountParser.parseStrictly(value, POINT).amount() != null;
            boolean comma = AmountParser.parseStrictly(value, COMMA).amount() != null;
            if (point && !comma) {
                pointOnly++;
            } else if (comma && !point) {
                commaOnly++;
            }
        }
        if (pointOnly != commaOnly) {
            return pointOnly > commaOnly ? POINT : COMMA;
        }
        return delimiter == Delimiter.SEMICOLON ? COMMA : POINT;
    }

    /** Returns the standard style with the other decimal separator. */
    NumberStyle opposite() {
        return decimalSeparator == '.' ? COMMA : POINT;
    }
}
