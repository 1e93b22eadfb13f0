package app.criba.exporting.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.criba.portfolio.PortfolioQuery;
import app.criba.portfolio.PortfolioService;
import app.criba.portfolio.web.PortfolioFilter;
import app.criba.scoring.ScoringService;
import app.criba.system.csv.CsvExport;

/** The portfolio as a CSV file: every client the page lists with the same filters, on all its pages. */
@Controller
class PortfolioExportController {

    private final PortfolioService portfolio;
    private final ScoringService scoring;
    private final CsvExport export;

    PortfolioExportController(PortfolioService portfolio, ScoringService scoring, CsvExport export) {
        this.portfolio = portfolio;
        this.scoring = scoring;
        this.export = export;
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<byte[]> exportPortfolio(@ModelAttribute("filter") PortfolioFilter filter, BindingResult binding,
            Locale locale, HttpServletRequest request) {
        LocalDate today = scoring.today();
        if (binding.hasFieldErrors("asOf") || filter.asOf() != null && !PortfolioFilter.isPlausible(filter.asOf(), today)) {
            return CsvDownload.backToPage("/", request);
        }
        PortfolioQuery query = filter.toQuery(filter.asOf() == null ? today : filter.asOf());
        byte[] csv = export.write(PortfolioColumns.table(portfolio.matching(query)), locale);
        return CsvDownload.attachment(csv, CsvDownload.fileName("portfolio", query.asOf()));
    }
}
