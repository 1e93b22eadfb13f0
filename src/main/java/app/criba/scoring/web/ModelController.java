package app.criba.scoring.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.scoring.ScoringModelService;
import app.criba.scoring.ScoringService;

/** Shows and edits the scoring model's parameters; each save is a new version followed by a full rescore. */
@Controller
class ModelController {

    private static final String VIEW = "scoring/model";

    private final ScoringService scoring;
    private final ScoringModelService models;
    private final CurrentUser currentUser;

    ModelController(ScoringService scoring, ScoringModelService models, CurrentUser currentUser) {
        this.scoring = scoring;
        this.models = models;
        this.currentUser = currentUser;
    }

    @GetMapping("/model")
    String initModelForm(Model model) {
        model.addAttribute("form", ModelForm.from(scoring.currentModel()));
        return show(model);
    }

    @PostMapping("/model")
    String processModelForm(@Valid @ModelAttribute("form") ModelForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ModelFormValidation.validate(form, result);
        if (result.hasErrors()) {
            return show(model);
        }
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        int version = models.saveNewVersion(form.toParameters(0), userId);
        redirect.addFlashAttribute("success", "model.saved");
        redirect.addFlashAttribute("successArgs", new Object[] { version });
        return "redirect:/model";
    }

    private String show(Model model) {
        model.addAttribute("currentVersion", scoring.currentModel().version());
        model.addAttribute("versions", models.versions());
        return VIEW;
    }
}
