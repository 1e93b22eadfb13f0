package app.criba.recommendation.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.recommendation.Recommendation;
import app.criba.recommendation.RecommendationResponse;
import app.criba.recommendation.RecommendationService;
import app.criba.system.EditConflicts;
import app.criba.system.FormErrors;

/** Records a recommendation made to a client and, later, the client's answer. */
@Controller
@RequestMapping("/clients/{clientId}/recommendations")
class RecommendationController {

    static final String VIEW = "recommendation/recommendationForm";
    static final String ANSWER_VIEW = "recommendation/answerForm";

    private final RecommendationService recommendations;
    private final ClientService clients;
    private final Validator validator;
    private final Clock clock;
    private final EditConflicts conflicts;

    RecommendationController(RecommendationService recommendations, ClientService clients, Validator validator,
            Clock clock, EditConflicts conflicts) {
        this.recommendations = recommendations;
        this.clients = clients;
        this.validator = validator;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    @ModelAttribute("client")
    Client client(@PathVariable Long clientId, Model model) {
        model.addAttribute("responses", RecommendationResponse.values());
        return clients.get(clientId);
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", RecommendationForm.empty(LocalDate.now(clock)));
        return VIEW;
    }

    @PostMapping("/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult result, RedirectAttributes redirect) {
        FormErrors.validateIfUnbound(validator, form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        recommendations.propose(clientId, form.proposedOn(), form.title(), form.estimatedValue());
        redirect.addFlashAttribute("success", "recommendation.flash.recorded");
        return "redirect:/clients/" + clientId;
    }

    @GetMapping("/{recommendationId}/answer")
    String initAnswerForm(@PathVariable Long clientId, @PathVariable Long recommendationId, Model model) {
        Recommendation recommendation = recommendations.get(clientId, recommendationId);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("form", AnswerForm.of(recommendation, LocalDate.now(clock)));
        return ANSWER_VIEW;
    }

    @PostMapping("/{recommendationId}/answer")
    String processAnswerForm(@PathVariable Long clientId, @PathVariable Long recommendationId,
            @Valid @ModelAttribute("form") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.get(clientId, recommendationId);
        FormErrors.validateIfUnbound(validator, form, result);
        form.checkAgainst(recommendation, result);
        if (result.hasErrors()) {
            model.addAttribute("recommendation", recommendation);
            return ANSWER_VIEW;
        }
        try {
            recommendations.answer(clientId, recommendationId, form.version(), form.response(), form.respondedOn());
        } catch (OptimisticLockingFailureException | OptimisticLockException staleVersion) {
            Recommendation current = recommendations.get(clientId, recommendationId);
            model.addAttribute("recommendation", current);
            model.addAttribute("form", form.withVersion(current.getVersion()));
            return form.compareWith(current, conflicts.compare()).show(model, ANSWER_VIEW);
        }
        redirect.addFlashAttribute("success", "recommendation.flash.answered");
        return "redirect:/clients/" + clientId;
    }
}
