package app.criba.scoring.web;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.Invoices;
import app.criba.scoring.Grade;
import app.criba.scoring.ScoringService;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import app.criba.support.TestRows;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The owner overrides a client's grade with a reason, finds both grades on every page and in the API, and removes it. */
@IntegrationTest
@AutoConfigureMockMvc
class GradeOverrideFlowTest {

    private static final String MANAGER = "ana@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @Autowired
    Invoices invoices;

    @Autowired
    ScoringService scoring;

    long clientId;
    Grade computed;
    Grade chosen;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        TestRows rows = new TestRows(jdbc);
        rows.owner();
        long managerId = rows.user(MANAGER, "Ana Manager");
        jdbc.update("update app_user set role = 'ACCOUNT_MANAGER' where id = ?", managerId);
        Client client = TestRecords.client(clients, "Ferretería Ruiz", ContractType.MANAGED, 10);
        TestRecords.monthlyInvoices(invoices, client, "1500.00", 0, LocalDate.now());
        clientId = client.getId();
        computed = scoring.scoreClient(clientId, scoring.today()).orElseThrow().grade();
        chosen = computed == Grade.D ? Grade.C : Grade.D;
    }

    private String path() {
        return "/clients/" + clientId + "/grade-override";
    }

    private String html(String url) throws Exception {
        return mvc.perform(open(url).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<Map<String, Object>> auditEntries() {
        return jdbc.queryForList("""
                select action, before_values::text as before, after_values::text as after, client_id, user_name
                from audit_entry where entity_kind = 'GRADE_OVERRIDE' order by id
                """);
    }

    private static Map<String, Object> json(Object text) {
        return text == null ? null
                : JsonMapper.builder().build().readValue(text.toString(), new TypeReference<Map<String, Object>>() {
                });
    }

    private void setOverride(Grade grade, String reason) throws Exception {
        mvc.perform(submit(path()).param("grade", grade.name()).param("reason", reason))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "gradeOverride.flash.set"));
    }

    @Test
    void formShowsComputedGrade() throws Exception {
        assertThat(html(path())).contains("Override the grade", "grade-" + computed);
    }

    @Test
    void missingReasonKeepsChosenGradeAndWritesNothing() throws Exception {
        String page = mvc.perform(submit(path()).param("grade", chosen.name()).param("reason", "  ")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Required.").containsPattern("value=\"" + chosen + "\"[^>]*checked");
        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isZero();
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void computedGradeIsRejectedKeepingReason() throws Exception {
        String page = mvc.perform(submit(path()).param("grade", computed.name()).param("reason", "Pays on time")
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Este ya es el nivel calculado.", "Pays on time");
        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isZero();
    }

    @Test
    void unknownGradeAndLongReasonAreRejected() throws Exception {
        String page = mvc.perform(submit(path()).param("grade", "Z").param("reason", "x".repeat(2001))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Not a valid value.", "between 0 and 2,000 characters");
        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isZero();
    }

    @Test
    void overrideShowsOnScorecardPortfolioAndApi() throws Exception {
        setOverride(chosen, "Calls at 10 pm every week");

        assertThat(html("/clients/" + clientId)).contains(chosen + " (computed " + computed + ")",
                "Calls at 10 pm every week", "Set by Olga Owner", "Remove the override");
        String portfolio = html("/");
        assertThat(portfolio).contains("(computed " + computed + ")");
        assertThat(html("/?grade=" + chosen)).contains("Ferretería Ruiz");
        assertThat(html("/?grade=" + computed)).doesNotContain("Ferretería Ruiz");

        mvc.perform(get("/api/v1/portfolio").with(user(TestRows.USER_EMAIL)))
                .andExpect(jsonPath("$.clients[0].grade").value(chosen.name()))
                .andExpect(jsonPath("$.clients[0].computedGrade").value(computed.name()))
                .andExpect(jsonPath("$.clients[0].overrideReason").value("Calls at 10 pm every week"))
                .andExpect(jsonPath("$.grades[?(@.grade == '" + chosen + "')].clients").value(1));
        mvc.perform(get("/api/v1/clients/{id}/scorecard", clientId).with(user(TestRows.USER_EMAIL)))
                .andExpect(jsonPath("$.grade").value(chosen.name()))
                .andExpect(jsonPath("$.computedGrade").value(computed.name()))
                .andExpect(jsonPath("$.override.reason").value("Calls at 10 pm every week"))
                .andExpect(jsonPath("$.override.setBy").value("Olga Owner"));
    }

    @Test
    void overrideDoesNotApplyBeforeItWasSet() throws Exception {
        setOverride(chosen, "Calls at 10 pm every week");

        String lastMonth = LocalDate.now().minusMonths(1).toString();
        assertThat(html("/?asOf=" + lastMonth)).doesNotContain("(computed ");
        mvc.perform(get("/api/v1/clients/{id}/scorecard?asOf=" + lastMonth, clientId).with(user(TestRows.USER_EMAIL)))
                .andExpect(jsonPath("$.grade").value(computed.name()))
                .andExpect(jsonPath("$.override").doesNotExist());
    }

    @Test
    void setChangeAndRemoveAreAudited() throws Exception {
        setOverride(chosen, "Calls at 10 pm every week");
        Grade other = chosen == Grade.C ? Grade.B : Grade.C;
        setOverride(other, "Improved after the review");
        mvc.perform(submit(path() + "/remove"))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "gradeOverride.flash.removed"));

        List<Map<String, Object>> entries = auditEntries();
        assertThat(entries).extracting(row -> row.get("action")).containsExactly("CREATED", "UPDATED", "DELETED");
        assertThat(entries).allSatisfy(row -> assertThat(row.get("client_id")).isEqualTo(clientId));
        assertThat(entries.get(0).get("user_name")).isEqualTo("Olga Owner");
        assertThat(json(entries.get(0).get("after"))).containsOnly(entry("grade", chosen.name()),
                entry("reason", "Calls at 10 pm every week"), entry("computedGrade", computed.name()));
        assertThat(json(entries.get(1).get("before"))).contains(entry("grade", chosen.name()));
        assertThat(json(entries.get(1).get("after"))).contains(entry("grade", other.name()),
                entry("reason", "Improved after the review"));
        assertThat(json(entries.get(2).get("before"))).contains(entry("grade", other.name()));
        assertThat(entries.get(2).get("after")).isNull();

        assertThat(jdbc.queryForObject("select count(*) from grade_override where removed_at is null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from grade_override where removed_by_id is not null",
                Integer.class)).isEqualTo(2);
        assertThat(html("/clients/" + clientId)).doesNotContain("(computed ").contains("Override the grade");
    }

    @Test
    void savingSameOverrideAgainWritesNothing() throws Exception {
        setOverride(chosen, "Calls at 10 pm every week");
        setOverride(chosen, "  Calls at 10 pm every week ");

        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isEqualTo(1);
        assertThat(auditEntries()).extracting(row -> row.get("action")).containsExactly("CREATED");
    }

    @Test
    void removingWithoutOverrideChangesNothing() throws Exception {
        mvc.perform(submit(path() + "/remove"))
                .andExpect(flash().attribute("success", "gradeOverride.flash.none"));

        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void accountManagerCannotOverride() throws Exception {
        mvc.perform(get(path()).with(user(MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path()).with(user(MANAGER)).with(csrf()).param("grade", chosen.name())
                        .param("reason", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path() + "/remove").with(user(MANAGER)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isZero();
        assertThat(html("/clients/" + clientId)).contains("Override the grade");
    }

    @Test
    void formerClientCannotBeOverridden() throws Exception {
        jdbc.update("update client set status = 'FORMER' where id = ?", clientId);

        mvc.perform(open(path()))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("failure", "gradeOverride.notGraded"));
        mvc.perform(submit(path()).param("grade", "A").param("reason", "Gone"))
                .andExpect(flash().attribute("failure", "gradeOverride.notGraded"));

        assertThat(jdbc.queryForObject("select count(*) from grade_override", Integer.class)).isZero();
    }

    @Test
    void unknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/999999/grade-override"))
                .andExpect(status().isNotFound());
    }
}
