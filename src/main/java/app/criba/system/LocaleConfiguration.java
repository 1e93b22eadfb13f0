package app.criba.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chooses the language of every page: the one the user picked (kept in a cookie), else the
 * browser's first language that Criba speaks, else Spanish.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLanguageCookieResolver("criba-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // A cookie that is not a locale at all falls back like a missing one instead of failing the request.
        resolver.setRejectInvalidCookies(false);
        // Without an Accept-Language header the servlet container reports its own default
        // locale, which tells nothing about the user, so Spanish applies.
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
                ? SupportedLanguages.DEFAULT
                : Collections.list(request.getLocales()).stream()
                .map(locale -> SupportedLanguages.match(locale.getLanguage()))
                .filter(match -> match != null)
                .findFirst()
                .orElse(SupportedLanguages.DEFAULT));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TypedValuesKeeper());
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * Keeps the language cookie to Spanish or English. Without this, ?lang=de or an old cookie for
     * another language left every text on every page as its bare message key for a year.
     */
    static final class SupportedLanguageCookieResolver extends CookieLocaleResolver {

        SupportedLanguageCookieResolver(String cookieName) {
            super(cookieName);
        }

        /** Stores the supported language matching the choice (en for en_GB); ignores a language Criba does not speak. */
        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                LocaleContext localeContext) {
            Locale requested = localeContext == null ? null : localeContext.getLocale();
            if (requested == null) {
                super.setLocaleContext(request, response, localeContext);
                return;
            }
            Locale supported = SupportedLanguages.match(requested.getLanguage());
            if (supported != null) {
                super.setLocaleContext(request, response, new SimpleLocaleContext(supported));
            }
        }

        /** Returns the supported language of the cookie, or null (the default) for any other. */
        @Override
        protected Locale parseLocaleValue(String localeValue) {
            Locale parsed = super.parseLocaleValue(localeValue);
            return parsed == null ? null : SupportedLanguages.match(parsed.getLanguage());
        }
    }

    /** The languages every page, message and letter exists in. */
    public static final class SupportedLanguages {

        public static final Locale DEFAULT = Locale.forLanguageTag("es");
        public static final List<Locale> ALL = List.of(DEFAULT, Locale.ENGLISH);

        private SupportedLanguages() {
        }

        static Locale match(String language) {
            return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
        }
    }
}
