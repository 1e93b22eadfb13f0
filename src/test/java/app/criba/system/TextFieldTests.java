package app.criba.system;

import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/**
 * Text rules that hold for every form. PostgreSQL rejects the NUL character in text, and other
 * control characters are never meant to be stored, so every form must show them as a field error
 * instead of failing with a 500 page. A value with nothing visible in it counts as blank.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TextFieldTests {

    private static final Map<String, String> CLIENT = with(Map.of(), "name", "Ferretería Ruiz", "externalRef",
            "PSA-17", "contractType", "HYBRID", "seats", "12", "clientSince", "", "contactName", "Ana",
            "contactEmail", "", "letterLanguage", "es", "noticePeriodDays", "30", "status", "ACTIVE", "notes", "",
            "accountManagerId", "", "version", "0");
    private static final Map<String, String> INVOICE = with(Map.of(), "number", "007", "issueDate", "2025-01-10",
            "dueDate", "2025-02-09", "amount", "1200.00", "billingMethod", "PAPER", "kind", "PROJECT", "version", "");
    private static final Map<String, String> INTERACTION = with(Map.of(), "occurredAt", "2025-03-04T22:15", "kind",
            "PHONE_CALL", "note", "Server room flooded");
    private static final Map<String, String> TIME_ENTRY = with(Map.of(), "workedOn", "2025-03-04", "minutes", "45",
            "technician", "Luis Pérez", "note", "Replaced the printer drum");
    private static final Map<String, String> DISPUTE = with(Map.of(), "invoiceId", "", "openedOn", "2025-04-02",
            "amount", "350.00", "reason", "Refuses the travel fee");
    private static final Map<String, String> RESOLUTION = with(Map.of(), "outcome", "WRITTEN_OFF", "resolvedOn",
            "2025-05-10", "resolutionNote", "Never paid");
    private static final Map<String, String> RECOMMENDATION = with(Map.of(), "proposedOn", "2025-02-01", "title",
            "Replace the backup system", "estimatedValue", "");
    private static final Map<String, String> GUT_CHECK = with(Map.of(), "ratedOn", "2025-06-01", "grade", "D",
            "comment", "Calls at 10 pm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long clientId;
    long disputeId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        rows.owner();
        clientId = rows.client("Acme Dental");
        disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 1));
    }

    static Stream<Arguments> textFields() {
        return Stream.of(
                Arguments.of("/clients/new", CLIENT, "name"),
                Arguments.of("/clients/new", CLIENT, "externalRef"),
                Arguments.of("/clients/new", CLIENT, "contactName"),
                Arguments.of("/clients/new", CLIENT, "notes"),
                Arguments.of("/clients/{client}/edit", CLIENT, "name"),
                Arguments.of("/clients/{client}/invoices/new", INVOICE, "number"),
                Arguments.of("/clients/{client}/interactions/new", INTERACTION, "note"),
                Arguments.of("/clients/{client}/time-entries/new", TIME_ENTRY, "technician"),
                Arguments.of("/clients/{client}/time-entries/new", TIME_ENTRY, "note"),
                Arguments.of("/clients/{client}/disputes/new", DISPUTE, "reason"),
                Arguments.of("/clients/{client}/disputes/{dispute}/resolve", RESOLUTION, "resolutionNote"),
                Arguments.of("/clients/{client}/recommendations/new", RECOMMENDATION, "title"),
                Arguments.of("/clients/{client}/gut-checks/new", GUT_CHECK, "comment"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("textFields")
    void nulCharacterIsFieldError(String url, Map<String, String> valid, String field) throws Exception {
        mvc.perform(submit(with(valid, field, "Acme\u0000Dental"), url, clientId, disputeId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", field, "typeMismatch"))
                .andExpect(content().string(Matchers.containsString("caracteres de control")));

        assertNothingStored();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("textFields")
    void escapeCharacterIsFieldError(String url, Map<String, String> valid, String field) throws Exception {
        mvc.perform(submit(with(valid, field, "Acme \u001b[31mDental"), url, clientId, disputeId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", field, "typeMismatch"));

        assertNothingStored();
    }

    static Stream<Arguments> requiredTextFields() {
        return Stream.of(
                Arguments.of("/clients/new", CLIENT, "name"),
                Arguments.of("/clients/{client}/invoices/new", INVOICE, "number"),
                Arguments.of("/clients/{client}/time-entries/new", TIME_ENTRY, "technician"),
                Arguments.of("/clients/{client}/disputes/new", DISPUTE, "reason"),
                Arguments.of("/clients/{client}/recommendations/new", RECOMMENDATION, "title"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("requiredTextFields")
    void invisibleOnlyValueIsBlank(String url, Map<String, String> valid, String field) throws Exception {
        mvc.perform(submit(with(valid, field, "\u00a0\u200b\u202f"), url, clientId, disputeId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", field, "NotBlank"));

        assertNothingStored();
    }

    @Test
    void tabsAndLineBreaksAreKept() throws Exception {
        mvc.perform(submit(with(CLIENT, "notes", "Line one\r\n\tLine two"), "/clients/new"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select notes from client where name = 'Ferretería Ruiz'", String.class))
                .isEqualTo("Line one\r\n\tLine two");
    }

    @Test
    void portfolioSearchWithNulShowsPortfolio() throws Exception {
        mvc.perform(app.criba.support.FormRequests.open("/?q={q}", "Acme\u0000"))
                .andExpect(status().isOk());
    }

    private void assertNothingStored() {
        assertThat(rows.count("client")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from client", String.class)).isEqualTo("Acme Dental");
        assertThat(rows.count("invoice")).isZero();
        assertThat(rows.count("interaction")).isZero();
        assertThat(rows.count("time_entry")).isZero();
        assertThat(rows.count("payment_dispute")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("OPEN");
        assertThat(rows.count("recommendation")).isZero();
        assertThat(rows.count("gut_check")).isZero();
    }
}
