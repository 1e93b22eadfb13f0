package app.criba.portfolio.web;

import java.time.LocalDate;

import app.criba.client.ContractType;
import app.criba.portfolio.PortfolioQuery;
import app.criba.portfolio.PortfolioSort;
import app.criba.scoring.Grade;

/**
 * The query parameters of the portfolio page, which its CSV export and the portfolio API take
 * too. On the page and in the export, values that do not bind (a grade of "Z") arrive as null
 * and are ignored, so a hand-edited address still shows the portfolio.
 */
public record PortfolioFilter(LocalDate asOf, Grade grade, ContractType contractType, Long manager, String q,
        PortfolioSort sort, String dir, Integer page) {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    public PortfolioQuery toQuery(LocalDate effectiveAsOf) {
        PortfolioSort order = sort == null ? PortfolioSort.COMPOSITE : sort;
        boolean descending = dir == null ? order.defaultDescending() : "desc".equals(dir);
        return new PortfolioQuery(effectiveAsOf, grade, contractType, manager, q, order, descending,
                page == null ? 1 : page, PortfolioQuery.DEFAULT_PAGE_SIZE);
    }

    /** Whether the as-of date is one Criba can score: from 1990 up to today. */
    public static boolean isPlausible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today);
    }
}
