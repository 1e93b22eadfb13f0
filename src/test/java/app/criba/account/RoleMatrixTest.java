package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/**
 * Calls every endpoint that the application maps, as each role and as an anonymous caller, and
 * checks the response against the tables below. A new endpoint fails {@link #everyEndpointIsClassified}
 * until it is added to exactly one table, so that no endpoint escapes the role rules.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RoleMatrixTest {

    private static final String PASSWORD = "matrix password 1";

    /** Endpoints that anyone may call, logged in or not. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /login", "GET /setup", "POST /setup", "GET /error", "POST /error");

    /** Endpoints where every logged-in user, viewers too, manages their own account. */
    private static final Set<String> SELF_SERVICE = Set.of(
            "GET /account", "POST /account/password", "POST /account/language",
            "GET /account/tokens", "POST /account/tokens", "POST /account/tokens/{tokenId}/revoke");

    /** Endpoints for the owner alone. */
    private static final Set<String> OWNER_ONLY = Set.of(
            "GET /users", "GET /users/new", "POST /users/new", "POST /users/{userId}/role",
            "POST /users/{userId}/disable", "POST /users/{userId}/enable", "POST /users/{userId}/password",
            "POST /model", "GET /audit", "GET /audit.csv", "GET /clients/{clientId}/grade-override",
            "POST /clients/{clientId}/grade-override", "POST /clients/{clientId}/grade-override/remove");

    /** Pages that every role reads, and the API's read calls. */
    private static final Set<String> READ = Set.of(
            "GET /", "GET /clients/{clientId}", "GET /portfolio.csv", "GET /clients/{clientId}/{list}.csv",
            "GET /model", "GET /imports", "GET /imports/runs/{id}",
            "GET /api/v1/portfolio", "GET /api/v1/clients/{clientId}/scorecard",
            "GET /api/v1/clients/{clientId}/invoices", "GET /api/v1/clients/{clientId}/payments",
            "GET /api/v1/clients/{clientId}/time-entries", "GET /api/v1/clients/{clientId}/interactions",
            "GET /api/v1/clients/{clientId}/disputes", "GET /api/v1/clients/{clientId}/recommendations",
            "GET /api/v1/clients/{clientId}/gut-checks", "GET /api/v1/imports", "GET /api/v1/imports/{id:\\d+}");

    /** Form pages that lead only to a change: owner and account manager, not viewer. */
    private static final Set<String> CHANGE_FORMS = Set.of(
            "GET /clients/new", "GET /clients/{clientId}/edit", "GET /clients/{clientId}/invoices/new",
            "GET /clients/{clientId}/invoices/{invoiceId}/edit", "GET /clients/{clientId}/interactions/new",
            "GET /clients/{clientId}/time-entries/new", "GET /clients/{clientId}/disputes/new",
            "GET /clients/{clientId}/disputes/{disputeId}/resolve", "GET /clients/{clientId}/recommendations/new",
            "GET /clients/{clientId}/recommendations/{recommendationId}/answer",
            "GET /clients/{clientId}/gut-checks/new", "GET /imports/new", "GET /imports/invoices",
            "GET /imports/uploads/{token}", "GET /imports/runs/{id}/undo");

    /** Changes for the owner and the account manager. */
    private static final Set<String> CHANGES = Set.of(
            "POST /clients/new", "POST /clients/{clientId}/edit", "POST /clients/{clientId}/invoices/new",
            "POST /clients/{clientId}/invoices/{invoiceId}/edit", "POST /clients/{clientId}/interactions/new",
            "POST /clients/{clientId}/time-entries/new", "POST /clients/{clientId}/disputes/new",
            "POST /clients/{clientId}/disputes/{disputeId}/resolve", "POST /clients/{clientId}/recommendations/new",
            "POST /clients/{clientId}/recommendations/{recommendationId}/answer",
            "POST /clients/{clientId}/gut-checks/new", "POST /sample-portfolio", "POST /portfolio/rescore",
            "POST /imports/new", "POST /imports/uploads/{token}", "POST /imports/runs/{id}/import",
            "POST /imports/runs/{id}/undo", "POST /imports/mappings/{id}/delete",
            "POST /api/v1/imports/{kindPath}", "POST /api/v1/imports/{id:\\d+}/undo");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private enum Caller {
        ANONYMOUS, VIEWER, ACCOUNT_MANAGER, OWNER
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired ApiTokenService tokens;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;

    private final Map<Caller, String> emails = Map.of(Caller.OWNER, "owner@example.com",
            Caller.ACCOUNT_MANAGER, "manager@example.com", Caller.VIEWER, "viewer@example.com");
    private Map<String, String> pathValues;

    @BeforeEach
    void createUsersAndRecords() {
        DatabaseCleaner.clean(jdbc);
        AppUser owner = createUser(Caller.OWNER, Role.OWNER);
        createUser(Caller.ACCOUNT_MANAGER, Role.ACCOUNT_MANAGER);
        createUser(Caller.VIEWER, Role.VIEWER);
        // The user endpoints act on a fourth user, so that no call disables or demotes a caller.
        AppUser target = users.save(new AppUser("target@example.com", "Tomás Target", encoder.encode(PASSWORD),
                Role.VIEWER, "es"));
        TestRows rows = new TestRows(jdbc);
        long client = rows.client("Alfa Abogados");
        LocalDate day = LocalDate.now().minusDays(20);
        pathValues = Map.of(
                "clientId", String.valueOf(client),
                "invoiceId", String.valueOf(rows.invoice(client, "F-1", day, "100.00")),
                "disputeId", String.valueOf(rows.dispute(client, day)),
                "recommendationId", String.valueOf(rows.recommendation(client, day)),
                "userId", String.valueOf(target.getId()),
                "tokenId", String.valueOf(tokens.create(owner, "matrix", TokenAccess.READ_ONLY).token().getId()),
                "id", "999999",
                "token", "no-such-upload",
                "list", "invoices",
                "kindPath", "invoices");
    }

    private AppUser createUser(Caller caller, Role role) {
        return users.save(new AppUser(emails.get(caller), caller.name(), encoder.encode(PASSWORD), role, "es"));
    }

    @Test
    void everyEndpointIsClassified() {
        List<Set<String>> tables = List.of(PUBLIC, SELF_SERVICE, OWNER_ONLY, READ, CHANGE_FORMS, CHANGES);
        Set<String> unclassified = new TreeSet<>();
        Set<String> classifiedTwice = new TreeSet<>();
        for (String endpoint : endpoints()) {
            long tablesListing = tables.stream().filter(table -> table.contains(endpoint)).count();
            if (tablesListing == 0) {
                unclassified.add(endpoint);
            } else if (tablesListing > 1) {
                classifiedTwice.add(endpoint);
            }
        }
        assertThat(unclassified).as("endpoints missing from the tables of RoleMatrixTest").isEmpty();
        assertThat(classifiedTwice).as("endpoints in more than one table").isEmpty();
    }

    @Test
    void tablesNameOnlyMappedEndpoints() {
        Set<String> stale = new TreeSet<>();
        for (Set<String> table : List.of(PUBLIC, SELF_SERVICE, OWNER_ONLY, READ, CHANGE_FORMS, CHANGES)) {
            stale.addAll(table);
        }
        stale.removeAll(endpoints());
        assertThat(stale).as("table entries that no handler maps").isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyCallerGetsWhatTheRulesAllow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint)) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                tests.add(DynamicTest.dynamicTest(caller + " " + endpoint, () -> check(caller, endpoint)));
            }
        }
        return tests;
    }

    private void check(Caller caller, String endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(caller, endpoint)).andReturn().getResponse();
        String call = caller + " " + endpoint + ": ";
        boolean api = endpoint.contains(" /api/");
        if (caller == Caller.ANONYMOUS) {
            if (api) {
                assertThat(response.getStatus()).as(call + "status").isEqualTo(401);
                assertThat(response.getContentAsString()).as(call + "body").contains("\"unauthorized\"");
            } else {
                assertThat(response.getStatus()).as(call + "status").isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(call + "redirect").endsWith("/login");
            }
            return;
        }
        assertThat(response.getStatus()).as(call + "status of a logged-in caller").isNotEqualTo(401);
        assertThat(String.valueOf(response.getRedirectedUrl())).as(call + "redirect of a logged-in caller")
                .doesNotEndWith("/login");
        if (isAllowed(caller, endpoint)) {
            assertThat(response.getStatus()).as(call + "status").isNotEqualTo(403);
        } else {
            assertThat(response.getStatus()).as(call + "status").isEqualTo(403);
            if (api) {
                assertThat(response.getContentAsString()).as(call + "body").contains("\"forbidden\"");
            }
        }
    }

    private static boolean isAllowed(Caller caller, String endpoint) {
        return switch (caller) {
            case OWNER -> true;
            case ACCOUNT_MANAGER -> !OWNER_ONLY.contains(endpoint);
            case VIEWER -> READ.contains(endpoint) || SELF_SERVICE.contains(endpoint);
            case ANONYMOUS -> false;
        };
    }

    private MockHttpServletRequestBuilder request(Caller caller, String endpoint) {
        String[] methodAndPattern = endpoint.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(methodAndPattern[0]);
        String path = fillPathVariables(methodAndPattern[1]);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        boolean api = path.startsWith("/api/");
        if (caller != Caller.ANONYMOUS) {
            request.with(api ? httpBasic(emails.get(caller), PASSWORD) : user(emails.get(caller)).roles(caller.name()));
        }
        if (!api && method != HttpMethod.GET) {
            request.with(csrf());
        }
        return request;
    }

    private String fillPathVariables(String pattern) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = pathValues.get(variable.group(1));
            assertThat(value).as("a value for the path variable " + variable.group(1)).isNotNull();
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Lists every mapped endpoint as "METHOD pattern"; a handler for any method counts as GET and POST. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}
