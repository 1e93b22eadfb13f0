package app.criba.importing.file;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The ways a number style may write the digits of an amount, as compiled patterns. */
final class NumberShapes {

    private static final Map<NumberStyle, NumberShapes> BY_STYLE = new ConcurrentHashMap<>();

    private final NumberStyle style;
    /** 1355, 1355.90 and .90 in POINT style. */
    private final Pattern plain;
    /** 1 355.90 in any style. */
    private final Pattern spaceGrouped;
    /** 1,355.90 in POINT style; null when the style has no grouping separator. */
    private final Pattern grouped;

    private NumberShapes(NumberStyle style) {
        this.style = style;
        String decimal = Pattern.quote(String.valueOf(style.decimalSeparator()));
        String fraction = "(?:" + decimal + "\\d+)?";
        this.plain = Pattern.compile("\\d+" + fraction + "|" + decimal + "\\d+");
        this.spaceGrouped = Pattern.compile("\\d{1,3}(?: \\d{3})+" + fraction);
        this.grouped = style.groupingSeparator() == null ? null
                : Pattern.compile("\\d{1,3}(?:" + Pattern.quote(String.valueOf(style.groupingSeparator())) + "\\d{3})+"
                        + fraction);
    }

    /**
     * Returns the number with a decimal point and no grouping, or null when the style cannot read
     * it. Digits may be grouped by threes with the style's grouping separator or with single
     * spaces, but not with both.
     */
    static String normalize(String number, NumberStyle style) {
        return BY_STYLE.computeIfAbsent(style, NumberShapes::new).normalize(number);
    }

    private String normalize(String number) {
        if (plain.matcher(number).matches()) {
            return withDecimalPoint(number);
        }
        if (spaceGrouped.matcher(number).matches()) {
            return withDecimalPoint(number.replace(" ", ""));
        }
        if (grouped != null && grouped.matcher(number).matches()) {
            return withDecimalPoint(number.replace(String.valueOf(style.groupingSeparator()), ""));
        }
        return null;
    }

    private String withDecimalPoint(String number) {
        return number.replace(style.decimalSeparator(), '.');
    }
}
