package app.criba.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.account.OwnerAccountService;
import app.criba.account.UserAdministration;

/** Each user's own page: their password and their preferred language. */
@Controller
class AccountController {

    static final String VIEW = "account/account";
    private static final String REDIRECT = "redirect:/account";

    private final CurrentUser currentUser;
    private final UserAdministration administration;
    private final LocaleResolver localeResolver;

    AccountController(CurrentUser currentUser, UserAdministration administration, LocaleResolver localeResolver) {
        this.currentUser = currentUser;
        this.administration = administration;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    String showAccount(Model model) {
        AppUser user = currentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("passwordForm", PasswordForm.empty());
        model.addAttribute("languageForm", new LanguageForm(user.getPreferredLanguage()));
        return VIEW;
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AppUser user = currentUser.require();
        if (!result.hasFieldErrors("currentPassword") && !administration.passwordMatches(user, form.currentPassword())) {
            result.rejectValue("currentPassword", "account.password.currentWrong");
        }
        if (!result.hasFieldErrors("newPassword") && !OwnerAccountService.fitsPasswordHash(form.newPassword())) {
            result.rejectValue("newPassword", "setup.password.tooLong",
                    new Object[] { OwnerAccountService.MAX_PASSWORD_BYTES }, null);
        }
        if (!result.hasFieldErrors("newPasswordConfirmation")
                && !form.newPasswordConfirmation().equals(form.newPassword())) {
            result.rejectValue("newPasswordConfirmation", "setup.password.mismatch");
        }
        if (result.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("languageForm", new LanguageForm(user.getPreferredLanguage()));
            return VIEW;
        }
        administration.changeOwnPassword(user, form.newPassword());
        redirect.addFlashAttribute("success", "account.flash.passwordChanged");
        return REDIRECT;
    }

    @PostMapping("/account/language")
    String changeLanguage(@Valid @ModelAttribute("languageForm") LanguageForm form, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        AppUser user = currentUser.require();
        if (result.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("passwordForm", PasswordForm.empty());
            return VIEW;
        }
        administration.changeOwnLanguage(user, form.language());
        localeResolver.setLocale(request, response, Locale.forLanguageTag(form.language()));
        redirect.addFlashAttribute("success", "account.flash.languageChanged");
        return REDIRECT;
    }
}
