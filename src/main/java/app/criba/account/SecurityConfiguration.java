package app.criba.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page and API call needs a login, and {@link AccessRules} decides what each role may do.
 * Pages use a form login with a session. The JSON API under /api takes an API token or HTTP
 * Basic on each request and keeps no session, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens) throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors();
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(AccessRules::applyToApi)
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SetupState setup, Users users, LocaleResolver localeResolver)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/setup", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.svg",
                                "/error", "/actuator/health")
                        .permitAll())
                .authorizeHttpRequests(AccessRules::applyToPages)
                .formLogin(form -> form.loginPage("/login").successHandler(new LanguageOnLogin(users, localeResolver))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
                .addFilterBefore(new SetupRedirectFilter(setup), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SessionUserCheck(users), AnonymousAuthenticationFilter.class)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
