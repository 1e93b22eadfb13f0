package app.criba.system.csv;

import java.util.function.Function;

/**
 * One column of an exported table: the message key of its heading, whether it holds money
 * (shown with scale 2 and the currency code in the heading), and the value of a row's cell.
 * A value is a cell type that {@link CsvWriter} takes, an enum (written as its label) or a
 * boolean (written as yes or no).
 */
public record CsvColumn<T>(String headingKey, boolean money, Function<T, ?> value) {

    public static <T> CsvColumn<T> of(String headingKey, Function<T, ?> value) {
        return new CsvColumn<>(headingKey, false, value);
    }

    public static <T> CsvColumn<T> money(String headingKey, Function<T, ?> value) {
        return new CsvColumn<>(headingKey, true, value);
    }
}
