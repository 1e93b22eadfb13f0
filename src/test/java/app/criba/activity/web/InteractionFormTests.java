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

import java.time.LocalDateTime;
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
class InteractionFormTests {

    static final Map<String, String> VALID = with(Map.of(), "occurredAt", "2025-03-04T22:15", "kind",
            "EMERGENCY_CALL", "afterHours", "true", "_afterHours", "on", "note", "Server room flooded");

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
    void formOffersDateTimeInput() throws Exception {
        mvc.perform(open("/clients/{id}/interactions/new?lang=es", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("type=\"datetime-local\"")))
                .andExpect(content().string(Matchers.containsString("Registrar un contacto")));
    }

    @Test
    void logStoresInteractionByCurrentUser() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/interactions/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "interaction.flash.logged"));

        Map<String, Object> interaction = jdbc.queryForMap("select * from interaction");
        assertThat(interaction.get("client_id")).isEqualTo(clientId);
        assertThat(interaction.get("kind")).isEqualTo("EMERGENCY_CALL");
        assertThat(interaction.get("after_hours")).isEqualTo(true);
        assertThat(interaction.get("logged_by_id")).isEqualTo(ownerId);
        assertThat(jdbc.queryForObject("select occurred_at from interaction", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2025, 3, 4, 22, 15));
    }

    @Test
    void logTreatsUncheckedAfterHoursAsFalse() throws Exception {
        Map<String, String> fields = with(VALID, "kind", "TICKET");
        fields.remove("afterHours");

        mvc.perform(submit(fields, "/clients/{id}/interactions/new", clientId)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select after_hours from interaction", Boolean.class)).isFalse();
    }

    @Test
    void logRejectsMissingDateTime() throws Exception {
        expectError(with(VALID, "occurredAt", ""), "occurredAt", "NotNull");
    }

    @Test
    void logRejectsAbsurdDateTime() throws Exception {
        expectError(with(VALID, "occurredAt", "1989-12-31T23:00"), "occurredAt", "PlausibleDate");
    }

    @Test
    void logRejectsUnreadableDateTime() throws Exception {
        expectError(with(VALID, "occurredAt", "yesterday at ten"), "occurredAt", "typeMismatch");
    }

    @Test
    void logRejectsMissingKind() throws Exception {
        expectError(with(VALID, "kind", ""), "kind", "NotNull");
    }

    @Test
    void logRejectsUnknownKind() throws Exception {
        expectError(with(VALID, "kind", "CARRIER_PIGEON"), "kind", "typeMismatch");
    }

    @Test
    void logForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/interactions/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/interactions/new", 999)).andExpect(status().isNotFound());

        assertThat(rows.count("interaction")).isZero();
    }

    private void expectError(Map<String, String> fields, String field, String code) throws Exception {
        mvc.perform(submit(fields, "/clients/{id}/interactions/new", clientId))
                .andExpect(status().isOk())
                .andExpect(view().name(InteractionController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("interaction")).isZero();
    }
}
