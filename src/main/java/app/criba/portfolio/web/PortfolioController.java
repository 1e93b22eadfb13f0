package app.criba.portfolio.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.Users;
import app.criba.client.ContractType;
import app.criba.portfolio.PortfolioQuery;
import app.criba.portfolio.PortfolioService;
import app.criba.portfolio.PortfolioSort;
import app.criba.scoring.Grade;
import app.criba.scoring.ScoringService;

/** The home page: every client ranked by composite score, as of a date. */
@Controller
class PortfolioController {

    private static final String VIEW = "portfolio/portfolio";

    private final PortfolioService portfolio;
    private final ScoringService scoring;
    private final Users users;

    PortfolioController(PortfolioService portfolio, ScoringService scoring, Users users) {
        this.portfolio = portfolio;
        this.scoring = scoring;
        this.users = users;
    }

    @GetMapping("/")
    String showPortfolio(@ModelAttribute("filter") PortfolioFilter filter, BindingResult binding, Model model) {
        LocalDate today = scoring.today();
        LocalDate asOf = filter.asOf() == null || binding.hasFieldErrors("asOf") ? today : filter.asOf();
        if (binding.hasFieldErrors("asOf")) {
            model.addAttribute("failure", "portfolio.asOf.unreadable");
        } else if (!PortfolioFilter.isPlausible(asOf, today)) {
            model.addAttribute("failure", "portfolio.asOf.invalid");
            asOf = today;
        }
        PortfolioQuery query = filter.toQuery(asOf);
        model.addAttribute("query", query);
        model.addAttribute("today", today);
        model.addAttribute("view", portfolio.view(query));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("managers", users.findAllEnabled());
        model.addAttribute("sorts", PortfolioSort.values());
        return VIEW;
    }

    @PostMapping("/portfolio/rescore")
    String rescorePortfolio(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            RedirectAttributes redirect) {
        int clients = scoring.rescoreAll();
        redirect.addFlashAttribute("success", "portfolio.rescored");
        redirect.addFlashAttribute("successArgs", new Object[] { clients });
        if (asOf != null) {
            redirect.addAttribute("asOf", asOf);
        }
        return "redirect:/";
    }
}
