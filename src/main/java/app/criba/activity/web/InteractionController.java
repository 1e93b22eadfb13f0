package app.criba.activity.web;

import java.time.Clock;
import java.time.LocalDateTime;

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

import app.criba.activity.ActivityService;
import app.criba.activity.InteractionKind;
import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.system.FormErrors;

/** Logs a contact with a client: a ticket, a call, a complaint, a referral. */
@Controller
class InteractionController {

    static final String VIEW = "activity/interactionForm";

    private final ActivityService activity;
    private final ClientService clients;
    private final Validator validator;
    private final Clock clock;

    InteractionController(ActivityService activity, ClientService clients, Validator validator, Clock clock) {
        this.activity = activity;
        this.clients = clients;
        this.validator = validator;
        this.clock = clock;
    }

    @ModelAttribute("client")
    Client client(@PathVariable Long clientId, Model model) {
        model.addAttribute("kinds", InteractionKind.values());
        return clients.get(clientId);
    }

    @GetMapping("/clients/{clientId}/interactions/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", InteractionForm.empty(LocalDateTime.now(clock)));
        return VIEW;
    }

    @PostMapping("/clients/{clientId}/interactions/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") InteractionForm form,
            BindingResult result, RedirectAttributes redirect) {
        FormErrors.validateIfUnbound(validator, form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        activity.logInteraction(clientId, form.occurredAt(), form.kind(), form.afterHours(), form.note());
        redirect.addFlashAttribute("success", "interaction.flash.logged");
        return "redirect:/clients/" + clientId;
    }
}
