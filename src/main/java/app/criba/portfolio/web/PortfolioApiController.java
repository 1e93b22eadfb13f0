package app.criba.portfolio.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistoryService;
import app.criba.portfolio.PortfolioRow;
import app.criba.portfolio.PortfolioService;
import app.criba.scoring.GradeOverrideService;
import app.criba.scoring.ReasonText;
import app.criba.scoring.ScoringService;
import app.criba.system.Formats;
import app.criba.system.NotFoundException;

/** The read-only JSON API: the graded portfolio and each client's scorecard, as of a date. */
@RestController
@RequestMapping("/api/v1")
class PortfolioApiController {

    private static final Set<String> SORT_DIRECTIONS = Set.of("asc", "desc");

    private final PortfolioService portfolio;
    private final ScoringService scoring;
    private final ClientHistoryService histories;
    private final ReasonText texts;
    private final Formats formats;
    private final GradeOverrideService overrides;

    PortfolioApiController(PortfolioService portfolio, ScoringService scoring, ClientHistoryService histories,
            ReasonText texts, Formats formats, GradeOverrideService overrides) {
        this.portfolio = portfolio;
        this.scoring = scoring;
        this.histories = histories;
        this.texts = texts;
        this.formats = formats;
        this.overrides = overrides;
    }

    /**
     * Lists every client that matches the same filters and order as the portfolio page, on one list
     * instead of pages; the per-grade summary covers the whole portfolio, as on the page. A parameter
     * that does not bind is a 400 here, where the page would ignore it.
     */
    @GetMapping("/portfolio")
    ResponseEntity<?> portfolio(@ModelAttribute PortfolioFilter filter, BindingResult binding) {
        if (binding.hasFieldErrors()) {
            return ApiErrors.invalidParameter(binding.getFieldErrors().get(0).getField());
        }
        if (filter.dir() != null && !SORT_DIRECTIONS.contains(filter.dir())) {
            return ApiErrors.invalidParameter("dir");
        }
        LocalDate date = filter.asOf() == null ? scoring.today() : filter.asOf();
        if (!PortfolioFilter.isPlausible(date, scoring.today())) {
            return ApiErrors.invalidParameter("asOf");
        }
        List<PortfolioRow> all = portfolio.rank(date);
        List<PortfolioRow> rows = PortfolioService.filterAndSort(all, filter.toQuery(date));
        return ResponseEntity.ok(new ApiPortfolio(date, scoring.currentModel().version(),
                formats.currency().getCurrencyCode(), rows.stream().map(ApiPortfolio.Client::of).toList(),
                PortfolioService.summarize(all).stream().map(ApiPortfolio.Grade::of).toList()));
    }

    @GetMapping("/clients/{clientId}/scorecard")
    ResponseEntity<?> scorecard(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? scoring.today() : asOf;
        if (!PortfolioFilter.isPlausible(date, scoring.today())) {
            return ApiErrors.invalidParameter("asOf");
        }
        ClientHistory history = histories.load(clientId, date);
        return scoring.scoreClient(clientId, date)
                .map(card -> ResponseEntity.ok(ApiScorecard.of(history.client().getName(), card,
                        overrides.inForce(clientId, date).orElse(null), history.invoices(), texts)))
                .orElseThrow(() -> new NotFoundException("scorecard of client", clientId));
    }
}
