package app.criba.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import app.criba.system.DatabaseOutage;

/**
 * Every page and API call needs a login, and {@link AccessRules} decides what each role may do.
 * Pages use a form login with a session. The JSON API under /api takes an API token or HTTP
 * Basic on each request and ignores session cookies, so it needs no CSRF token. Failed logins on
 * both count towards the locks of {@link LoginAttempts}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, LoginAttempts attempts,
            DatabaseOutage outage) throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors(outage);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(AccessRules::applyToApi)
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::configure)
                .addFilterBefore(LoginThrottleFilter.forHttpBasic(attempts), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SetupState setup, Users users, LocaleResolver localeResolver,
            LoginAttempts attempts, SessionRegistry sessionRegistry, DatabaseOutage outage) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/setup", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.svg",
                                "/error", "/actuator/health")
                        .permitAll())
                .authorizeHttpRequests(AccessRules::applyToPages)
                .formLogin(form -> form.loginPage("/login").successHandler(new LanguageOnLogin(users, localeResolver))
                        .failureHandler(new LoginFailureHandler(attempts, outage))
                        .permitAll())
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .headers(SecurityHeaders::configure)
                .addFilterBefore(LoginThrottleFilter.forLoginForm(attempts), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
                .addFilterBefore(new SetupRedirectFilter(setup, outage), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SessionUserCheck(users, outage), AnonymousAuthenticationFilter.class)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
