package app.criba.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.ApiToken;
import app.criba.account.ApiTokenService;
import app.criba.account.ApiTokenService.CreatedToken;
import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.account.TokenAccess;

/** Each user's API tokens: create one (shown once), list them, revoke one. */
@Controller
@RequestMapping("/account/tokens")
class TokenController {

    static final String VIEW = "account/tokens";
    private static final String REDIRECT = "redirect:/account/tokens";

    private final CurrentUser currentUser;
    private final ApiTokenService tokens;

    TokenController(CurrentUser currentUser, ApiTokenService tokens) {
        this.currentUser = currentUser;
        this.tokens = tokens;
    }

    @ModelAttribute("accessChoices")
    TokenAccess[] accessChoices() {
        return TokenAccess.values();
    }

    @GetMapping
    String showTokens(Model model) {
        model.addAttribute("form", TokenForm.empty());
        model.addAttribute("tokens", tokens.listOf(currentUser.require()));
        return VIEW;
    }

    @PostMapping
    String createToken(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AppUser user = currentUser.require();
        if (result.hasErrors()) {
            model.addAttribute("tokens", tokens.listOf(user));
            return VIEW;
        }
        CreatedToken created = tokens.create(user, form.name(), form.access());
        redirect.addFlashAttribute("revealedToken", created.secret());
        redirect.addFlashAttribute("revealedFor", created.token().getName());
        return REDIRECT;
    }

    @PostMapping("/{tokenId}/revoke")
    String revokeToken(@PathVariable Long tokenId, RedirectAttributes redirect) {
        ApiToken token = tokens.revoke(currentUser.require(), tokenId);
        redirect.addFlashAttribute("success", "tokens.flash.revoked");
        redirect.addFlashAttribute("successArgs", new Object[] { token.getName() });
        return REDIRECT;
    }
}
