package app.criba.portfolio.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistoryService;
import app.criba.scoring.GradeOverrideService;
import app.criba.scoring.ScoringService;
import app.criba.scoring.engine.Scorecard;

/** A client's page: its grade with every reason, what would move it up, and all its records. */
@Controller
class ScorecardController {

    private static final String VIEW = "portfolio/scorecard";
    /** Rows of each record list shown before the "show all" link, so a long history stays readable. */
    private static final int ROW_LIMIT = 12;

    private final ScoringService scoring;
    private final ClientHistoryService histories;
    private final GradeOverrideService overrides;

    ScorecardController(ScoringService scoring, ClientHistoryService histories, GradeOverrideService overrides) {
        this.scoring = scoring;
        this.histories = histories;
        this.overrides = overrides;
    }

    @GetMapping("/clients/{clientId}")
    String showScorecard(@PathVariable long clientId, @ModelAttribute("scorecardQuery") ScorecardQuery query,
            BindingResult binding, Model model) {
        LocalDate today = scoring.today();
        LocalDate date = today;
        if (binding.hasFieldErrors("asOf")) {
            model.addAttribute("failure", "scorecard.asOf.unreadable");
        } else if (query.asOf() != null && !PortfolioFilter.isPlausible(query.asOf(), today)) {
            model.addAttribute("failure", "scorecard.asOf.invalid");
        } else if (query.asOf() != null) {
            date = query.asOf();
        }
        ClientHistory history = histories.load(clientId, date);
        Optional<Scorecard> card = scoring.scoreClient(clientId, date);
        model.addAllAttributes(Map.of("client", history.client(), "history", history, "asOf", date, "today", today));
        model.addAttribute("showAll", query.showAll());
        model.addAttribute("rowLimit", ROW_LIMIT);
        card.ifPresent(scorecard -> model.addAttribute("card", scorecard));
        overrides.inForce(clientId, date).ifPresent(override -> model.addAttribute("override", override));
        return VIEW;
    }
}
