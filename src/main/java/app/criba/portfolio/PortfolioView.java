package app.criba.portfolio;

import java.util.List;

/** One page of the ranked portfolio with the per-grade summary of the whole portfolio. */
public record PortfolioView(List<PortfolioRow> rows, int totalRows, int page, int pageCount,
        List<GradeSummary> summary, int clientsInPortfolio) {

    public boolean isEmpty() {
        return clientsInPortfolio == 0;
    }
}
