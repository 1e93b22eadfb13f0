package app.criba.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic helpers: 16 significant digits while computing, two decimals when shown. */
final class Decimals {

    static final MathContext CONTEXT = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    static BigDecimal divide(BigDecimal dividend, long divisor) {
        return dividend.divide(BigDecimal.valueOf(divisor), CONTEXT);
    }

    static BigDecimal times(BigDecimal left, BigDecimal right) {
        return left.multiply(right, CONTEXT);
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    static BigDecimal clampScore(BigDecimal value) {
        return clamp(value, BigDecimal.ZERO, HUNDRED);
    }

    /** Rounds for display and for threshold comparisons: two decimals, half to even. */
    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal whole(long value) {
        return BigDecimal.valueOf(value);
    }
}
