package app.criba.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.criba.audit.AuditKind;
import app.criba.audit.AuditQuery;
import app.criba.audit.AuditTrail;
import app.criba.system.csv.CsvExport;

/** The owner's view of the audit trail: who changed what and when, filtered and paged, and its CSV export. */
@Controller
class AuditController {

    static final String VIEW = "audit/audit";
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AuditTrail trail;
    private final CsvExport export;
    private final AuditText texts;
    private final Clock clock;

    AuditController(AuditTrail trail, CsvExport export, AuditText texts, Clock clock) {
        this.trail = trail;
        this.export = export;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String showAuditTrail(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
        String problem = dateProblem(filter, binding);
        if (problem != null) {
            model.addAttribute("failure", problem);
        }
        AuditQuery query = filter.toQuery(problem == null);
        model.addAttribute("query", query);
        model.addAttribute("view", trail.page(query));
        model.addAttribute("clients", trail.clients());
        model.addAttribute("users", trail.users());
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return VIEW;
    }

    /** Exports every entry that the page's filters match, on all its pages; bad dates are ignored as on the page. */
    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> exportAuditTrail(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
            Locale locale) {
        AuditQuery query = filter.toQuery(dateProblem(filter, binding) == null);
        byte[] csv = export.write(AuditColumns.table(trail.matching(query), texts, locale), locale);
        String fileName = "criba-audit-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(csv);
    }

    /** Returns the message key of what is wrong with the date range, or null when it can be used. */
    private static String dateProblem(AuditFilter filter, BindingResult binding) {
        if (binding.hasFieldErrors("from") || binding.hasFieldErrors("to")) {
            return "audit.filter.dateUnreadable";
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            return "audit.filter.rangeInvalid";
        }
        return null;
    }
}
