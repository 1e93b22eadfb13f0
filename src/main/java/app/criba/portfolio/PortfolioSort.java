package app.criba.portfolio;

import java.util.Comparator;
import java.util.function.Function;

/** The columns the portfolio can be sorted by; nulls (no data) always sort last. */
public enum PortfolioSort {
    NAME(row -> row.name().toLowerCase(java.util.Locale.ROOT)),
    GRADE(PortfolioRow::grade),
    COMPOSITE(PortfolioRow::composite),
    FINANCIAL(PortfolioRow::financial),
    RELATIONSHIP(PortfolioRow::relationship),
    GUT(PortfolioRow::gut),
    REVENUE(PortfolioRow::revenuePerMonth),
    MARGIN(PortfolioRow::marginPercent),
    HOURLY_RATE(PortfolioRow::effectiveHourlyRate),
    HOURS(PortfolioRow::hoursPerMonth),
    DAYS_LATE(PortfolioRow::meanDaysLate),
    DISPUTES(PortfolioRow::openDisputes),
    MANAGER(row -> row.accountManagerName() == null ? null : row.accountManagerName().toLowerCase(java.util.Locale.ROOT));

    private final Function<PortfolioRow, ? extends Comparable<?>> key;

    PortfolioSort(Function<PortfolioRow, ? extends Comparable<?>> key) {
        this.key = key;
    }

    /** Whether the column reads best with its highest value first: scores and money do, names and delays do not. */
    public boolean defaultDescending() {
        return switch (this) {
            case NAME, GRADE, DAYS_LATE, DISPUTES, MANAGER -> false;
            default -> true;
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    Comparator<PortfolioRow> comparator(boolean descending) {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> order = descending ? natural.reversed() : natural;
        Comparator<PortfolioRow> byKey = Comparator.comparing(row -> (Comparable) key.apply(row),
                Comparator.nullsLast(order));
        return byKey.thenComparing(row -> row.name().toLowerCase(java.util.Locale.ROOT));
    }
}
