package app.criba.importing.file;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.criba.system.PlainText;

/**
 * Reads money amounts as spreadsheets and accounting tools export them. An amount may have a sign,
 * a trailing minus or accounting parentheses, and a currency symbol or code (€ $ £ EUR USD GBP)
 * before or after the number. Its digits may be grouped by thousands, with at most two decimals.
 */
public final class AmountParser {

    /** The database column numeric(14,2) allows at most 12 digits before the decimal separator. */
    private static final int MAX_INTEGER_DIGITS = 12;
    /** Longer text is rejected before any pattern looks at it. */
    private static final int MAX_LENGTH = 100;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final String CURRENCY = "(?:€|\\$|£|EUR|USD|GBP)";
    /** Sign, currency, sign, number, currency, trailing minus; spaces are single after SPACES. */
    private static final Pattern SHAPE = Pattern.compile(
            "([-+]?) ?(" + CURRENCY + ")? ?([-+]?) ?([0-9.,]+(?: [0-9.,]+)*) ?(" + CURRENCY + ")? ?(-?)",
            Pattern.CASE_INSENSITIVE);

    private AmountParser() {
    }

    /** An amount with scale 2, or the message key of the problem with the text. */
    public record Parsed(BigDecimal amount, String errorCode) {

        static Parsed error(String code) {
            return new Parsed(null, code);
        }
    }

    /**
     * Returns an amount with scale 2, or the message key of the problem. The style decides the
     * values that both styles could read, so 1.355 is 1355 in {@link NumberStyle#COMMA} style and
     * has too many decimals in {@link NumberStyle#POINT} style. A value whose separators only the
     * opposite style can place, such as 12,50 or 1.355,90 in POINT style, is read in that style.
     */
    public static Parsed parse(String text, NumberStyle style) {
        return parse(text, style, true);
    }

    /** Like {@link #parse}, without falling back on the opposite style. */
    static Parsed parseStrictly(String text, NumberStyle style) {
        return parse(text, style, false);
    }

    private static Parsed parse(String text, NumberStyle style, boolean fallBack) {
        String value = SPACES.matcher(PlainText.strip(text)).replaceAll(" ");
        if (value.length() > MAX_LENGTH) {
            return Parsed.error("import.error.amountInvalid");
        }
        boolean parenthesized = value.startsWith("(") && value.endsWith(")");
        if (parenthesized) {
            value = value.substring(1, value.length() - 1).strip();
        }
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            return Parsed.error("import.error.amountInvalid");
        }
        int signs = signCount(shape.group(1), shape.group(3), shape.group(6));
        boolean twoCurrencies = shape.group(2) != null && shape.group(5) != null;
        if (signs > 1 || (parenthesized && signs > 0) || twoCurrencies) {
            return Parsed.error("import.error.amountInvalid");
        }
        boolean negative = parenthesized || "-".equals(shape.group(1)) || "-".equals(shape.group(3))
                || "-".equals(shape.group(6));

        String number = NumberShapes.normalize(shape.group(4), style);
        if (number == null && fallBack) {
            number = NumberShapes.normalize(shape.group(4), style.opposite());
        }
        if (number == null) {
            return Parsed.error("import.error.amountInvalid");
        }
        return checkedAmount(number, negative);
    }

    /** Checks the size of a number written with digits and at most one decimal point. */
    private static Parsed checkedAmount(String number, boolean negative) {
        int point = number.indexOf('.');
        String integerDigits = point < 0 ? number : number.substring(0, point);
        String fractionDigits = point < 0 ? "" : number.substring(point + 1);
        if (stripTrailingZeros(fractionDigits).length() > 2) {
            return Parsed.error("import.error.amountDecimals");
        }
        if (stripLeadingZeros(integerDigits).length() > MAX_INTEGER_DIGITS) {
            return Parsed.error("import.error.amountTooLarge");
        }
        BigDecimal amount = new BigDecimal(number).setScale(2);
        return new Parsed(negative ? amount.negate() : amount, null);
    }

    private static int signCount(String... signs) {
        int count = 0;
        for (String sign : signs) {
            count += sign.isEmpty() ? 0 : 1;
        }
        return count;
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
