package app.criba.account.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.OwnerAccountService;
import app.criba.account.SetupState;

/** The first-run page that creates the owner account with the setup code from the log. */
@Controller
class SetupController {

    private static final String VIEW = "account/setup";

    private final SetupState setup;
    private final OwnerAccountService owners;

    SetupController(SetupState setup, OwnerAccountService owners) {
        this.setup = setup;
        this.owners = owners;
    }

    @GetMapping("/setup")
    String initSetupForm(Locale locale, org.springframework.ui.Model model) {
        if (setup.isComplete()) {
            return "redirect:/login";
        }
        model.addAttribute("form", SetupForm.empty(locale.getLanguage()));
        return VIEW;
    }

    @PostMapping("/setup")
    String processSetupForm(@Valid @ModelAttribute("form") SetupForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (setup.isComplete()) {
            return "redirect:/login";
        }
        if (!result.hasFieldErrors("setupCode") && !setup.matches(form.setupCode())) {
            result.rejectValue("setupCode", "setup.code.wrong");
        }
        if (!result.hasFieldErrors("password") && !OwnerAccountService.fitsPasswordHash(form.password())) {
            result.rejectValue("password", "setup.password.tooLong",
                    new Object[] { OwnerAccountService.MAX_PASSWORD_BYTES }, null);
        }
        if (!result.hasFieldErrors("passwordConfirmation") && !form.passwordConfirmation().equals(form.password())) {
            result.rejectValue("passwordConfirmation", "setup.password.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        owners.createFirstOwner(form.email(), form.displayName(), form.password(), form.language());
        redirect.addFlashAttribute("success", "setup.done");
        return "redirect:/login";
    }
}
