package app.criba.activity.web;

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
class TimeEntryFormTests {

    static final Map<String, String> VALID = with(Map.of(), "workedOn", "2025-03-04", "minutes", "45", "hours", "",
            "technician", "Luis Pérez", "billable", "true", "_billable", "on", "_afterHours", "on",
            "note", "Replaced the printer drum");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long clientId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        rows.owner();
        clientId = rows.client("Acme Dental");
    }

    @Test
    void formSuggestsCurrentUserAsTechnician() throws Exception {
        mvc.perform(open("/clients/{id}/time-entries/new", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Olga Owner\"")));
    }

    @Test
    void logStoresMinutes() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/time-entries/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "timeEntry.flash.logged"));

        Map<String, Object> entry = jdbc.queryForMap("select * from time_entry");
        assertThat(entry.get("minutes")).isEqualTo(45);
        assertThat(entry.get("technician")).isEqualTo("Luis Pérez");
        assertThat(entry.get("billable")).isEqualTo(true);
        assertThat(entry.get("after_hours")).isEqualTo(false);
        assertThat(entry.get("client_id")).isEqualTo(clientId);
    }

    @Test
    void logTurnsHoursIntoMinutes() throws Exception {
        mvc.perform(submit(with(VALID, "minutes", "", "hours", "1.5"), "/clients/{id}/time-entries/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select minutes from time_entry", Integer.class)).isEqualTo(90);
    }

    @Test
    void logAcceptsMinutesAndHoursThatAgree() throws Exception {
        mvc.perform(submit(with(VALID, "minutes", "120", "hours", "2"), "/clients/{id}/time-entries/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select minutes from time_entry", Integer.class)).isEqualTo(120);
    }

    @Test
    void logRejectsMissingDuration() throws Exception {
        expectError(with(VALID, "minutes", ""), "minutes", "timeEntry.error.durationMissing");
    }

    @Test
    void logRejectsZeroMinutes() throws Exception {
        expectError(with(VALID, "minutes", "0"), "minutes", "Min");
    }

    @Test
    void logRejectsMoreThanOneDayOfMinutes() throws Exception {
        expectError(with(VALID, "minutes", "1441"), "minutes", "Max");
    }

    @Test
    void logRejectsMoreThanOneDayOfHours() throws Exception {
        expectError(with(VALID, "minutes", "", "hours", "24.5"), "hours", "timeEntry.error.hoursOutOfRange");
    }

    @Test
    void logRejectsHoursThatContradictMinutes() throws Exception {
        expectError(with(VALID, "hours", "2"), "hours", "timeEntry.error.durationDisagrees");
    }

    @Test
    void logRejectsUnreadableMinutes() throws Exception {
        expectError(with(VALID, "minutes", "45 min"), "minutes", "typeMismatch");
    }

    @Test
    void logRejectsMissingTechnician() throws Exception {
        expectError(with(VALID, "technician", " "), "technician", "NotBlank");
    }

    @Test
    void logRejectsAbsurdDate() throws Exception {
        expectError(with(VALID, "workedOn", "2525-03-04"), "workedOn", "PlausibleDate");
    }

    @Test
    void logForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/time-entries/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/time-entries/new", 999)).andExpect(status().isNotFound());

        assertThat(rows.count("time_entry")).isZero();
    }

    private void expectError(Map<String, String> fields, String field, String code) throws Exception {
        mvc.perform(submit(fields, "/clients/{id}/time-entries/new", clientId))
                .andExpect(status().isOk())
                .andExpect(view().name(TimeEntryController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("time_entry")).isZero();
    }
}
