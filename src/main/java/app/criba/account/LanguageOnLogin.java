package app.criba.account;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a successful login, switches the pages to the user's preferred language, unless this
 * browser has already picked a language with the ES/EN switch.
 */
class LanguageOnLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String LANGUAGE_COOKIE = "criba-lang";

    private final Users users;
    private final LocaleResolver localeResolver;

    LanguageOnLogin(Users users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        boolean languageChosen = request.getCookies() != null
                && Arrays.stream(request.getCookies()).map(Cookie::getName).anyMatch(LANGUAGE_COOKIE::equals);
        if (!languageChosen) {
            users.findByEmail(authentication.getName()).ifPresent(user -> localeResolver.setLocale(request, response,
                    Locale.forLanguageTag(user.getPreferredLanguage())));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
