package app.criba.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
        CookieLocaleResolver resolver = new CookieLocaleResolver("criba-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
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
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
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
