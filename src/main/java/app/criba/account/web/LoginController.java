package app.criba.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.criba.account.LoginAttempts;

@Controller
class LoginController {

    private final LoginAttempts attempts;

    LoginController(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/login")
    String showLoginPage(Model model) {
        model.addAttribute("lockMinutes", attempts.accountLock().toMinutes());
        return "account/login";
    }
}
