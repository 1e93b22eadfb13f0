package app.criba.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sentence of a scorecard's explanation, as a message code and its arguments, so that it
 * can be shown in the reader's language. Arguments are {@link Money}, {@link BigDecimal} figures,
 * whole numbers, dates, grades or text.
 */
public record Reason(String code, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Object... args) {
        return new Reason(code, List.of(args));
    }

    /** An amount of money in the installation's currency, formatted as money rather than as a figure. */
    public record Money(BigDecimal amount) {
    }
}
