package app.criba.portfolio.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistoryService;
import app.criba.portfolio.PortfolioService;
import app.criba.scoring.ReasonText;
import app.criba.scoring.ScoringService;
import app.criba.system.Formats;
import app.criba.system.NotFoundException;

/** The read-only JSON API: the graded portfolio and each client's scorecard, as of a date. */
@RestController
@RequestMapping("/api/v1")
class PortfolioApiController {

    private final PortfolioService portfolio;
    private final ScoringService scoring;
    private final ClientHistoryService histories;
    private final ReasonText texts;
    private final Formats formats;

    PortfolioApiController(PortfolioService portfolio, ScoringService scoring, ClientHistoryService histories,
            ReasonText texts, Formats formats) {
        this.portfolio = portfolio;
        this.scoring = scoring;
        this.histories = histories;
        this.texts = texts;
        this.formats = formats;
    }

    @GetMapping("/portfolio")
    ResponseEntity<?> portfolio(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? scoring.today() : asOf;
        if (!PortfolioFilter.isPlausible(date, scoring.today())) {
            return ApiErrors.invalidParameter("asOf");
        }
        var rows = portfolio.rank(date);
        return ResponseEntity.ok(new ApiPortfolio(date, scoring.currentModel().version(),
                formats.currency().getCurrencyCode(), rows.stream().map(ApiPortfolio.Client::of).toList(),
                app.criba.portfolio.PortfolioService.summarize(rows).stream().map(ApiPortfolio.Grade::of).toList()));
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
                .map(card -> ResponseEntity.ok(ApiScorecard.of(history.client().getName(), card, history.invoices(), texts)))
                .orElseThrow(() -> new NotFoundException("scorecard of client", clientId));
    }
}
