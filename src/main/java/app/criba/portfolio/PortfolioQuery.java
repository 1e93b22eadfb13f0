package app.criba.portfolio;

import java.time.LocalDate;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;

/** What the portfolio page asks for: the date, the filters, the order and the page. */
public record PortfolioQuery(LocalDate asOf, Grade grade, ContractType contractType, Long accountManagerId,
        String search, PortfolioSort sort, boolean descending, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 25;
}
