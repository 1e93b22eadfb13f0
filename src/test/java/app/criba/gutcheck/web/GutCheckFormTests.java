package app.criba.gutcheck.web;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

@IntegrationTest
@AutoConfigureMockMvc
class GutCheckFormTests {

    static final Map<String, String> VALID = with(Map.of(), "ratedOn", "2025-06-01", "grade", "D", "comment",
            "Calls at 10 pm and has not paid since March");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long ownerId;
    long clientId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        ownerId = rows.owner();
        clientId = rows.client("Acme Dental");
    }

    @Test
    void formAsksTheCallerIdQuestionInSpanish() throws Exception {
        mvc.perform(open("/clients/{id}/gut-checks/new?lang=es", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Si su nombre apareciera ahora mismo en la pantalla de su teléfono, ¿qué sentiría?")));
    }

    @Test
    void formAsksTheCallerIdQuestionInEnglish() throws Exception {
        mvc.perform(open("/clients/{id}/gut-checks/new?lang=en", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "If their name lit up your phone right now, what would you feel?")));
    }

    @Test
    void recordStoresGradeWithCurrentUserAsRater() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/gut-checks/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "gutCheck.flash.recorded"));

        Map<String, Object> gutCheck = jdbc.queryForMap("select * from gut_check");
        assertThat(gutCheck.get("grade")).isEqualTo("D");
        assertThat(gutCheck.get("rater_id")).isEqualTo(ownerId);
        assertThat(gutCheck.get("comment")).isEqualTo("Calls at 10 pm and has not paid since March");
    }

    @Test
    void recordRejectsMissingGrade() throws Exception {
        Map<String, String> fields = with(VALID);
        fields.remove("grade");

        expectError(fields, "grade", "NotNull");
    }

    @Test
    void recordRejectsGradeOutsideAToD() throws Exception {
        expectError(with(VALID, "grade", "E"), "grade", "typeMismatch");
    }

    @Test
    void recordRejectsMissingDate() throws Exception {
        expectError(with(VALID, "ratedOn", ""), "ratedOn", "NotNull");
    }

    @Test
    void recordRejectsAbsurdDate() throws Exception {
        expectError(with(VALID, "ratedOn", "1900-06-01"), "ratedOn", "PlausibleDate");
    }

    @Test
    void recordForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/gut-checks/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/gut-checks/new", 999)).andExpect(status().isNotFound());

        assertThat(rows.count("gut_check")).isZero();
    }

    private void expectError(Map<String, String> fields, String field, String code) throws Exception {
        mvc.perform(submit(fields, "/clients/{id}/gut-checks/new", clientId))
                .andExpect(status().isOk())
                .andExpect(view().name(GutCheckController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("gut_check")).isZero();
    }
}
