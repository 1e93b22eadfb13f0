package app.criba.gutcheck.web;

import java.time.Clock;
import java.time.LocalDate;

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
import app.criba.gutcheck.GutCheckService;
import app.criba.scoring.Grade;
import app.criba.system.FormErrors;

/** Records the caller-ID test: how the rater would feel if the client called right now. */
@Controller
class GutCheckController {

    static final String VIEW = "gutcheck/gutCheckForm";

    private final GutCheckService gutChecks;
    private final ClientService clients;
    private final Validator validator;
    private final Clock clock;

    GutCheckController(GutCheckService gutChecks, ClientService clients, Validator validator, Clock clock) {
        this.gutChecks = gutChecks;
        this.clients = clients;
        this.validator = validator;
        this.clock = clock;
    }

    @ModelAttribute("client")
    Client client(@PathVariable Long clientId, Model model) {
        model.addAttribute("grades", Grade.values());
        return clients.get(clientId);
    }

    @GetMapping("/clients/{clientId}/gut-checks/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", GutCheckForm.empty(LocalDate.now(clock)));
        return VIEW;
    }

    @PostMapping("/clients/{clientId}/gut-checks/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") GutCheckForm form,
            BindingResult result, RedirectAttributes redirect) {
        FormErrors.validateIfUnbound(validator, form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        gutChecks.record(clientId, form.ratedOn(), form.grade(), form.comment());
        redirect.addFlashAttribute("success", "gutCheck.flash.recorded");
        return "redirect:/clients/" + clientId;
    }
}
