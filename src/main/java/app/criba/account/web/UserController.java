package app.criba.account.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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

import app.criba.account.AppUser;
import app.criba.account.LastOwnerException;
import app.criba.account.OwnerAccountService;
import app.criba.account.Role;
import app.criba.account.UserAdministration;
import app.criba.account.UserAdministration.NewUser;
import app.criba.system.FormErrors;

/** The owner's list of users: create, change role, disable or enable, and reset a password. */
@Controller
@RequestMapping("/users")
class UserController {

    static final String LIST_VIEW = "account/users";
    static final String FORM_VIEW = "account/userForm";
    private static final String REDIRECT_TO_LIST = "redirect:/users";

    private final UserAdministration administration;
    private final Validator validator;

    UserController(UserAdministration administration, Validator validator) {
        this.administration = administration;
        this.validator = validator;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String showUsers(Model model) {
        model.addAttribute("users", administration.listAll());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(Locale locale, Model model) {
        model.addAttribute("form", UserForm.empty("en".equals(locale.getLanguage()) ? "en" : "es"));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") UserForm form, BindingResult result,
            RedirectAttributes redirect) {
        checkNewUser(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        NewUser created;
        try {
            created = administration.create(form.email(), form.displayName(), form.role(), form.language(),
                    form.password());
        } catch (DataIntegrityViolationException sameEmailMeanwhile) {
            FormErrors.reject(result, "email", "users.error.emailTaken");
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("success", "users.flash.created");
        redirect.addFlashAttribute("successArgs", new Object[] { created.user().getDisplayName() });
        if (created.generatedPassword() != null) {
            revealPassword(redirect, created.user(), created.generatedPassword());
        }
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{userId}/role")
    String changeRole(@PathVariable Long userId, @Valid @ModelAttribute RoleForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("failure", "users.error.roleInvalid");
            return REDIRECT_TO_LIST;
        }
        try {
            AppUser user = administration.changeRole(userId, form.role());
            flash(redirect, "success", "users.flash.roleChanged", user);
        } catch (LastOwnerException lastOwner) {
            flash(redirect, "failure", "users.error.lastOwnerRole", administration.get(userId));
        }
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{userId}/disable")
    String disable(@PathVariable Long userId, RedirectAttributes redirect) {
        try {
            flash(redirect, "success", "users.flash.disabled", administration.disable(userId));
        } catch (LastOwnerException lastOwner) {
            flash(redirect, "failure", "users.error.lastOwnerDisable", administration.get(userId));
        }
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{userId}/enable")
    String enable(@PathVariable Long userId, RedirectAttributes redirect) {
        flash(redirect, "success", "users.flash.enabled", administration.enable(userId));
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{userId}/password")
    String resetPassword(@PathVariable Long userId, RedirectAttributes redirect) {
        String password = administration.resetPassword(userId);
        revealPassword(redirect, administration.get(userId), password);
        return REDIRECT_TO_LIST;
    }

    private void checkNewUser(UserForm form, BindingResult result) {
        FormErrors.validateIfUnbound(validator, form, result);
        if (form.email() != null && !form.email().isBlank() && administration.isEmailTaken(form.email())) {
            FormErrors.reject(result, "email", "users.error.emailTaken");
        }
        String password = form.password();
        if (password != null && !password.isEmpty() && password.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            FormErrors.reject(result, "password", "users.error.passwordTooShort",
                    UserAdministration.MIN_PASSWORD_LENGTH);
        }
        if (password != null && !OwnerAccountService.fitsPasswordHash(password)) {
            FormErrors.reject(result, "password", "setup.password.tooLong", OwnerAccountService.MAX_PASSWORD_BYTES);
        }
    }

    private static void flash(RedirectAttributes redirect, String kind, String code, AppUser user) {
        redirect.addFlashAttribute(kind, code);
        redirect.addFlashAttribute(kind + "Args", new Object[] { user.getDisplayName() });
    }

    /** Passes a new password to the next page, the only one that shows it. */
    private static void revealPassword(RedirectAttributes redirect, AppUser user, String password) {
        redirect.addFlashAttribute("revealedPassword", password);
        redirect.addFlashAttribute("revealedFor", user.getDisplayName());
    }
}
