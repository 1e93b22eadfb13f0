package app.criba.exporting.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistoryService;
import app.criba.portfolio.web.PortfolioFilter;
import app.criba.scoring.ScoringService;
import app.criba.system.NotFoundException;
import app.criba.system.csv.CsvExport;

/** One record list of the client page as a CSV file: every row up to the as-of date, not only those shown. */
@Controller
class ClientRecordsExportController {

    private final ClientHistoryService histories;
    private final ScoringService scoring;
    private final CsvExport export;

    ClientRecordsExportController(ClientHistoryService histories, ScoringService scoring, CsvExport export) {
        this.histories = histories;
        this.scoring = scoring;
        this.export = export;
    }

    @GetMapping("/clients/{clientId}/{list}.csv")
    ResponseEntity<byte[]> exportList(@PathVariable long clientId, @PathVariable String list,
            @ModelAttribute("asOfQuery") AsOfQuery query, BindingResult binding, Locale locale,
            HttpServletRequest request) {
        ClientRecordList records = ClientRecordList.bySlug(list)
                .orElseThrow(() -> new NotFoundException("record list", list));
        LocalDate today = scoring.today();
        if (binding.hasFieldErrors("asOf") || query.asOf() != null && !PortfolioFilter.isPlausible(query.asOf(), today)) {
            return CsvDownload.backToPage("/clients/" + clientId, request);
        }
        LocalDate asOf = query.asOf() == null ? today : query.asOf();
        ClientHistory history = histories.load(clientId, asOf);
        byte[] csv = export.write(records.table(history), locale);
        String contents = records.slug() + "-" + CsvDownload.slug(history.client().getName());
        return CsvDownload.attachment(csv, CsvDownload.fileName(contents, asOf));
    }
}
