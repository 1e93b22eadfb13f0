package app.criba.activity.web;

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

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.account.Users;
import app.criba.activity.ActivityService;
import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.system.FormErrors;

/** Logs technician time spent on a client. */
@Controller
class TimeEntryController {

    static final String VIEW = "activity/timeEntryForm";

    private final ActivityService activity;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final Users users;
    private final Validator validator;
    private final Clock clock;

    TimeEntryController(ActivityService activity, ClientService clients, CurrentUser currentUser, Users users,
            Validator validator, Clock clock) {
        this.activity = activity;
        this.clients = clients;
        this.currentUser = currentUser;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    /** Adds the client and, as suggestions for the technician field, the names of the enabled users. */
    @ModelAttribute("client")
    Client client(@PathVariable Long clientId, Model model) {
        model.addAttribute("technicians", users.findAllEnabled().stream().map(AppUser::getDisplayName).toList());
        return clients.get(clientId);
    }

    @GetMapping("/clients/{clientId}/time-entries/new")
    String initCreationForm(Model model) {
        String technician = currentUser.find().map(AppUser::getDisplayName).orElse("");
        model.addAttribute("form", TimeEntryForm.empty(LocalDate.now(clock), technician));
        return VIEW;
    }

    @PostMapping("/clients/{clientId}/time-entries/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") TimeEntryForm form,
            BindingResult result, RedirectAttributes redirect) {
        FormErrors.validateIfUnbound(validator, form, result);
        form.checkDuration(result);
        if (result.hasErrors()) {
            return VIEW;
        }
        activity.logTime(clientId, form.workedOn(), form.totalMinutes(), form.technician(), form.billable(),
                form.afterHours(), form.note());
        redirect.addFlashAttribute("success", "timeEntry.flash.logged");
        return "redirect:/clients/" + clientId;
    }
}
