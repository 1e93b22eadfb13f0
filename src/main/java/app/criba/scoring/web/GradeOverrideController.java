package app.criba.scoring.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.scoring.Grade;
import app.criba.scoring.GradeOverrideService;
import app.criba.scoring.ScoringService;
import app.criba.system.FormErrors;

/**
 * The owner's grade override: a grade other than the computed one, with the reason. A client
 * that is not graded (a former client) cannot get one.
 */
@Controller
class GradeOverrideController {

    static final String VIEW = "scoring/gradeOverrideForm";

    private final GradeOverrideService overrides;
    private final ScoringService scoring;
    private final ClientService clients;
    private final Validator validator;

    GradeOverrideController(GradeOverrideService overrides, ScoringService scoring, ClientService clients,
            Validator validator) {
        this.overrides = overrides;
        this.scoring = scoring;
        this.clients = clients;
        this.validator = validator;
    }

    @ModelAttribute("client")
    Client client(@PathVariable long clientId, Model model) {
        Client client = clients.get(clientId);
        model.addAttribute("grades", Grade.values());
        scoring.scoreClient(clientId, scoring.today())
                .ifPresent(card -> model.addAttribute("computedGrade", card.grade()));
        return client;
    }

    @GetMapping("/clients/{clientId}/grade-override")
    String initOverrideForm(@PathVariable long clientId, Model model, RedirectAttributes redirect) {
        if (!model.containsAttribute("computedGrade")) {
            return notGraded(clientId, redirect);
        }
        model.addAttribute("form", GradeOverrideForm.of(overrides.inForce(clientId, scoring.today()).orElse(null)));
        return VIEW;
    }

    @PostMapping("/clients/{clientId}/grade-override")
    String processOverrideForm(@PathVariable long clientId, @Valid @ModelAttribute("form") GradeOverrideForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Grade computed = (Grade) model.getAttribute("computedGrade");
        if (computed == null) {
            return notGraded(clientId, redirect);
        }
        FormErrors.validateIfUnbound(validator, form, result);
        if (form != null && form.grade() == computed) {
            FormErrors.reject(result, "grade", "gradeOverride.sameAsComputed");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        overrides.set(clientId, form.grade(), form.reason(), computed);
        redirect.addFlashAttribute("success", "gradeOverride.flash.set");
        return "redirect:/clients/" + clientId;
    }

    @PostMapping("/clients/{clientId}/grade-override/remove")
    String removeOverride(@PathVariable long clientId, RedirectAttributes redirect) {
        boolean removed = overrides.remove(clientId);
        redirect.addFlashAttribute("success", removed ? "gradeOverride.flash.removed" : "gradeOverride.flash.none");
        return "redirect:/clients/" + clientId;
    }

    private static String notGraded(long clientId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "gradeOverride.notGraded");
        return "redirect:/clients/" + clientId;
    }
}
