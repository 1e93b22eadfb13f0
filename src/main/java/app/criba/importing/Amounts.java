package app.criba.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads invoice amounts as spreadsheets export them: an optional sign or accounting
 * parentheses, an optional currency symbol, digits with an optional thousands separator, and
 * at most two decimals. A decimal point always works. A decimal comma works only in a file
 * whose values are separated by semicolons, because in a comma file it would be ambiguous.
 */
final class Amounts {

    /** numeric(14,2) holds at most 12 digits before the decimal separator. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POINT_DECIMAL = Pattern.compile("\\d*\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d*,\\d+");
    private static final Pattern POINT_DECIMAL_COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL_POINT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** One separator followed by three digits: a thousands separator or three decimals. */
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}[.,]\\d{3}");
    private static final Pattern CURRENCY = Pattern.compile("[\\s\\u00A0\\u202F€$£]|EUR|USD|GBP");

    private Amounts() {
    }

    /** The outcome: an amount with scale 2, or the message key of what is wrong with the text. */
    record Parsed(BigDecimal amount, String errorCode) {

        static Parsed error(String code) {
            return new Parsed(null, code);
        }
    }

    static Parsed parse(String text, Delimiter delimiter) {
        String value = CURRENCY.matcher(text).replaceAll("");
        boolean negative = false;
        if (value.startsWith("(") && value.endsWith(")")) {
            negative = true;
            value = value.substring(1, value.length() - 1);
        } else if (value.startsWith("-") || value.startsWith("+")) {
            negative = value.startsWith("-");
            value = value.substring(1);
        }

        String digits = delimiter == Delimiter.SEMICOLON ? normalizeAllowingDecimalComma(value)
                : normalizeWithDecimalPoint(value);
        if (digits == null) {
            return Parsed.error(errorCode(value, delimiter));
        }
        BigDecimal amount = new BigDecimal(digits);
        if (amount.stripTrailingZeros().scale() > 2) {
            return Parsed.error("import.error.amountDecimals");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return Parsed.error("import.error.amountTooLarge");
        }
        amount = amount.setScale(2);
        return new Parsed(negative ? amount.negate() : amount, null);
    }

    /** Returns the number with a decimal point and no grouping, or null when the text is no amount. */
    private static String normalizeWithDecimalPoint(String value) {
        if (DIGITS.matcher(value).matches() || POINT_DECIMAL.matcher(value).matches()) {
            return value;
        }
        if (POINT_DECIMAL_COMMA_GROUPS.matcher(value).matches()) {
            return value.replace(",", "");
        }
        return null;
    }

    /**
     * Like {@link #normalizeWithDecimalPoint}, and also reads "1.355,90" and "12,50". A value with a
     * single separator and three digits after it, such as "1.355", is rejected rather than read
     * either way.
     */
    private static String normalizeAllowingDecimalComma(String value) {
        if (AMBIGUOUS.matcher(value).matches()) {
            return null;
        }
        if (COMMA_DECIMAL.matcher(value).matches()) {
            return value.replace(',', '.');
        }
        if (COMMA_DECIMAL_POINT_GROUPS.matcher(value).matches()) {
            return value.replace(".", "").replace(',', '.');
        }
        return normalizeWithDecimalPoint(value);
    }

    private static String errorCode(String value, Delimiter delimiter) {
        if (delimiter == Delimiter.SEMICOLON && AMBIGUOUS.matcher(value).matches()) {
            return "import.error.amountAmbiguous";
        }
        if (delimiter != Delimiter.SEMICOLON
                && (COMMA_DECIMAL.matcher(value).matches() || COMMA_DECIMAL_POINT_GROUPS.matcher(value).matches())) {
            return "import.error.amountDecimalComma";
        }
        return "import.error.amountInvalid";
    }
}
