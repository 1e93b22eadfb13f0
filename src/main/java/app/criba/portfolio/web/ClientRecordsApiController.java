package app.criba.portfolio.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistoryService;
import app.criba.scoring.ScoringService;
import app.criba.system.Formats;

/** The JSON API for each record list of a client, as it stood on a date (today when none is given). */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class ClientRecordsApiController {

    private final ClientHistoryService histories;
    private final ScoringService scoring;
    private final Formats formats;

    ClientRecordsApiController(ClientHistoryService histories, ScoringService scoring, Formats formats) {
        this.histories = histories;
        this.scoring = scoring;
        this.formats = formats;
    }

    @GetMapping("/invoices")
    ResponseEntity<?> invoices(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf, history -> history.invoices().stream().map(ApiScorecard.Invoice::of).toList());
    }

    @GetMapping("/payments")
    ResponseEntity<?> payments(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf, history -> history.payments().stream().map(ApiRecords.PaymentRecord::of).toList());
    }

    @GetMapping("/time-entries")
    ResponseEntity<?> timeEntries(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf,
                history -> history.timeEntries().stream().map(ApiRecords.TimeEntryRecord::of).toList());
    }

    @GetMapping("/interactions")
    ResponseEntity<?> interactions(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf, history -> history.interactions().stream()
                .map(interaction -> ApiRecords.InteractionRecord.of(interaction, history)).toList());
    }

    @GetMapping("/disputes")
    ResponseEntity<?> disputes(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf, ApiRecords.DisputeRecord::listOf);
    }

    @GetMapping("/recommendations")
    ResponseEntity<?> recommendations(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf,
                history -> history.recommendations().stream().map(ApiRecords.RecommendationRecord::of).toList());
    }

    @GetMapping("/gut-checks")
    ResponseEntity<?> gutChecks(@PathVariable long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records(clientId, asOf, history -> history.gutChecks().stream()
                .map(check -> ApiRecords.GutCheckRecord.of(check, history)).toList());
    }

    /** Loads the client's history as of the date and returns one of its lists; an unknown client is a 404. */
    private <T> ResponseEntity<?> records(long clientId, LocalDate asOf, Function<ClientHistory, List<T>> list) {
        LocalDate date = asOf == null ? scoring.today() : asOf;
        if (!PortfolioFilter.isPlausible(date, scoring.today())) {
            return ApiErrors.invalidParameter("asOf");
        }
        ClientHistory history = histories.load(clientId, date);
        return ResponseEntity.ok(new ApiRecords<>(clientId, history.client().getName(), date,
                formats.currency().getCurrencyCode(), list.apply(history)));
    }
}
