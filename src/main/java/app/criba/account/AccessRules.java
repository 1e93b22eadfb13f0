package app.criba.account;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;
import static org.springframework.security.authorization.AuthorizationManagers.not;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The request rules of each role. Every role reads every page, export and API list, except the
 * audit trail, which only the owner reads. Only the owner manages users, overrides a grade and
 * saves the scoring model. Every other change needs the owner or an
 * account manager, except the pages under /account, where each user keeps their own password,
 * language and API tokens. A read-only API token may only read, whatever its user's role.
 */
final class AccessRules {

    /** The authority of a request made with a read-only API token. */
    static final String READ_ONLY_TOKEN = "API_READ_ONLY";

    private static final String OWNER = Role.OWNER.name();
    private static final String[] EDITORS = { Role.OWNER.name(), Role.ACCOUNT_MANAGER.name() };

    /**
     * Form pages whose only use is to make a change. A viewer gets the 403 page for them instead
     * of a form that cannot be saved.
     */
    private static final String[] CHANGE_FORMS = { "/clients/new", "/clients/*/edit", "/clients/*/*/new",
            "/clients/*/invoices/*/edit", "/clients/*/disputes/*/resolve", "/clients/*/recommendations/*/answer",
            "/imports/new", "/imports/invoices", "/imports/uploads/**", "/imports/runs/*/undo" };

    private AccessRules() {
    }

    /** Adds the rules of the pages, after the public addresses such as /login. */
    static void applyToPages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/users/**", "/audit", "/audit.csv", "/clients/*/grade-override/**").hasRole(OWNER)
                .requestMatchers(HttpMethod.POST, "/model").hasRole(OWNER)
                .requestMatchers("/account/**").authenticated()
                .requestMatchers(HttpMethod.GET, CHANGE_FORMS).hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.GET, "/**").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                .anyRequest().hasAnyRole(EDITORS);
    }

    /** Adds the rules of the JSON API. */
    static void applyToApi(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        AuthorizationManager<RequestAuthorizationContext> writer = allOf(hasAnyRole(EDITORS),
                not(hasAuthority(READ_ONLY_TOKEN)));
        requests.requestMatchers(HttpMethod.GET, "/**").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                .anyRequest().access(writer);
    }
}
