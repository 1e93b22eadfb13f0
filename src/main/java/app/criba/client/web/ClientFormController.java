package app.criba.client.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.client.ClientStatus;
import app.criba.client.ContractType;
import app.criba.system.EditConflicts;
import app.criba.system.FormErrors;

/** Creates a client and edits one. */
@Controller
class ClientFormController {

    static final String VIEW = "client/clientForm";

    private final ClientService clients;
    private final Users users;
    private final Validator validator;
    private final EditConflicts conflicts;

    ClientFormController(ClientService clients, Users users, Validator validator, EditConflicts conflicts) {
        this.clients = clients;
        this.users = users;
        this.validator = validator;
        this.conflicts = conflicts;
    }

    @ModelAttribute
    void addChoices(Model model) {
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("statuses", ClientStatus.values());
        model.addAttribute("letterLanguages", List.of("es", "en"));
    }

    @GetMapping("/clients/new")
    String initCreationForm(Locale locale, Model model) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "es";
        model.addAttribute("form", ClientForm.empty(language));
        model.addAttribute("accountManagers", accountManagers(null));
        return VIEW;
    }

    @PostMapping("/clients/new")
    String processCreationForm(@Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        checkAgainstOtherClients(form, null, result);
        if (result.hasErrors()) {
            model.addAttribute("accountManagers", accountManagers(form.accountManagerId()));
            return VIEW;
        }
        Client client = clients.create(form.toDetails());
        redirect.addFlashAttribute("success", "client.flash.created");
        redirect.addFlashAttribute("successArgs", new Object[] { client.getName() });
        return "redirect:/clients/" + client.getId();
    }

    @GetMapping("/clients/{clientId}/edit")
    String initUpdateForm(@PathVariable Long clientId, Model model) {
        Client client = clients.get(clientId);
        model.addAttribute("client", client);
        model.addAttribute("form", ClientForm.of(client));
        model.addAttribute("accountManagers", accountManagers(client.getAccountManagerId()));
        return VIEW;
    }

    @PostMapping("/clients/{clientId}/edit")
    String processUpdateForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") ClientForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Client client = clients.get(clientId);
        checkAgainstOtherClients(form, clientId, result);
        if (result.hasErrors()) {
            model.addAttribute("client", client);
            model.addAttribute("accountManagers", accountManagers(form.accountManagerId()));
            return VIEW;
        }
        Client saved;
        try {
            saved = clients.update(clientId, form.version(), form.toDetails());
        } catch (OptimisticLockingFailureException | OptimisticLockException staleVersion) {
            return showConflict(clientId, form, model);
        }
        redirect.addFlashAttribute("success", "client.flash.updated");
        redirect.addFlashAttribute("successArgs", new Object[] { saved.getName() });
        return "redirect:/clients/" + clientId;
    }

    /**
     * Shows the form again, with status 409, when someone saved the client after this form was
     * opened: the changed fields side by side, and the typed values with the current version.
     */
    private String showConflict(Long clientId, ClientForm form, Model model) {
        Client current = clients.get(clientId);
        model.addAttribute("client", current);
        model.addAttribute("form", form.withVersion(current.getVersion()));
        model.addAttribute("accountManagers", accountManagers(form.accountManagerId()));
        return form.compareWith(current, conflicts.compare(), this::userName).show(model, VIEW);
    }

    private String userName(long userId) {
        return users.findById(userId).map(AppUser::getDisplayName).orElse(String.valueOf(userId));
    }

    /** Rejects a name or external reference that another client uses, and an account manager who is not a user. */
    private void checkAgainstOtherClients(ClientForm form, Long clientId, BindingResult result) {
        FormErrors.validateIfUnbound(validator, form, result);
        if (clients.isNameTaken(form.name(), form.status(), clientId)) {
            FormErrors.reject(result, "name", "client.error.nameTaken");
        }
        if (clients.isExternalRefTaken(form.externalRef(), clientId)) {
            FormErrors.reject(result, "externalRef", "client.error.externalRefTaken");
        }
        if (form.accountManagerId() != null && !users.existsById(form.accountManagerId())) {
            FormErrors.reject(result, "accountManagerId", "client.error.accountManagerUnknown");
        }
    }

    /** Lists the enabled users, plus the client's current account manager if that account has been disabled since. */
    private List<AppUser> accountManagers(Long currentManagerId) {
        List<AppUser> choices = new ArrayList<>(users.findAllEnabled());
        boolean listed = choices.stream().anyMatch(user -> user.getId().equals(currentManagerId));
        if (currentManagerId != null && !listed) {
            users.findById(currentManagerId).ifPresent(choices::add);
        }
        return choices;
    }
}
