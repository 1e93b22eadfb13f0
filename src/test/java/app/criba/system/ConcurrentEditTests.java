package app.criba.system;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/**
 * Two people edit the same record, and the first save wins. The second gets a 409 page with both
 * versions of each changed field and a form that keeps what they typed with the current version,
 * so that submitting it again applies their values on purpose. Nothing is overwritten before that.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ConcurrentEditTests {

    static final Map<String, String> CLIENT = with(Map.of(), "name", "Ferretería Ruiz", "externalRef", "PSA-17",
            "contractType", "HYBRID", "seats", "12", "clientSince", "2019-03-01", "contactName", "Ana",
            "contactEmail", "ana@ruiz.example", "letterLanguage", "es", "noticePeriodDays", "60", "status", "ACTIVE",
            "notes", "Pays late in summer", "accountManagerId", "");

    static final Map<String, String> INVOICE = with(Map.of(), "number", "007", "issueDate", "2025-01-10",
            "dueDate", "2025-02-09", "amount", "1200.00", "billingMethod", "PAPER", "kind", "PROJECT",
            "payments[0].paidOn", "2025-02-01", "payments[0].amount", "1000.00",
            "payments[1].paidOn", "", "payments[1].amount", "");

    static final Map<String, String> RESOLUTION = with(Map.of(), "outcome", "WRITTEN_OFF", "resolvedOn",
            "2025-05-10", "resolutionNote", "Never paid");

    static final Map<String, String> ANSWER = with(Map.of(), "response", "CHEAPEST_OPTION", "respondedOn",
            "2025-02-20");

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
        clientId = rows.client("Ferretería Ruiz");
    }

    @Test
    void clientStaleSaveShowsBothVersions() throws Exception {
        String url = "/clients/" + clientId + "/edit";
        mvc.perform(open(url)).andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
        mvc.perform(submit(with(CLIENT, "name", "Ruiz & Co", "seats", "14", "version", "0"), url))
                .andExpect(status().is3xxRedirection());

        MvcResult conflict = mvc.perform(submit(with(CLIENT, "name", "Ruiz Hermanos S.L.", "notes",
                "<b>Call first</b>", "version", "0"), url))
                .andExpect(status().isConflict())
                .andExpect(view().name("client/clientForm"))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Ruiz Hermanos S.L.\"")))
                .andExpect(content().string(Matchers.containsString("&lt;b&gt;Call first&lt;/b&gt;")))
                .andReturn();

        assertThat(changes(conflict)).containsExactly(
                new EditConflict.Change("client.field.name", "Ruiz & Co", "Ruiz Hermanos S.L."),
                new EditConflict.Change("client.field.seats", "14", "12"),
                new EditConflict.Change("client.field.notes", "Pays late in summer", "<b>Call first</b>"));
        assertThat(conflict.getResponse().getContentAsString())
                .contains("Otra persona guard", "Ruiz &amp; Co", "Nombre", "Notas");
        assertThat(jdbc.queryForObject("select name from client where id = ?", String.class, clientId))
                .isEqualTo("Ruiz & Co");

        mvc.perform(submit(with(CLIENT, "name", "Ruiz Hermanos S.L.", "notes", "<b>Call first</b>", "version",
                "1"), url))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from client where id = ?", String.class, clientId))
                .isEqualTo("Ruiz Hermanos S.L.");
        assertThat(jdbc.queryForObject("select seats from client where id = ?", Integer.class, clientId))
                .isEqualTo(12);
    }

    @Test
    void invoiceStaleSaveShowsBothVersions() throws Exception {
        long invoiceId = rows.invoice(clientId, "007", LocalDate.of(2025, 1, 10), "1200.00");
        String url = "/clients/" + clientId + "/invoices/" + invoiceId + "/edit";
        mvc.perform(submit(with(INVOICE, "amount", "1500.00", "version", "0"), url))
                .andExpect(status().is3xxRedirection());
        long current = rows.version("invoice", invoiceId);

        MvcResult conflict = mvc.perform(submit(with(INVOICE, "number", "007-B", "payments[0].amount", "900.00",
                "version", "0"), url))
                .andExpect(status().isConflict())
                .andExpect(view().name("invoice/invoiceForm"))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + current + "\"")))
                .andExpect(content().string(Matchers.containsString("value=\"007-B\"")))
                .andExpect(content().string(Matchers.containsString("value=\"900.00\"")))
                .andReturn();

        List<EditConflict.Change> changes = changes(conflict);
        assertThat(changes).extracting(EditConflict.Change::labelCode)
                .containsExactly("invoice.field.number", "invoice.field.amount", "invoice.form.payments");
        assertThat(changes.get(0)).isEqualTo(new EditConflict.Change("invoice.field.number", "007", "007-B"));
        assertThat(changes.get(1).stored()).contains("1.500,00");
        assertThat(changes.get(1).typed()).contains("1.200,00");
        assertThat(changes.get(2).stored()).contains("1.000,00");
        assertThat(changes.get(2).typed()).contains("900,00");
        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("007");
        assertThat(jdbc.queryForObject("select amount from payment", BigDecimal.class)).isEqualByComparingTo("1000");

        mvc.perform(submit(with(INVOICE, "number", "007-B", "payments[0].amount", "900.00", "version",
                String.valueOf(current)), url))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("007-B");
        assertThat(jdbc.queryForObject("select amount from invoice", BigDecimal.class)).isEqualByComparingTo("1200");
        assertThat(jdbc.queryForObject("select amount from payment", BigDecimal.class)).isEqualByComparingTo("900");
    }

    @Test
    void disputeResolvedMeanwhileShowsBothResolutions() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));
        String url = "/clients/" + clientId + "/disputes/" + disputeId + "/resolve";
        mvc.perform(open(url)).andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
        mvc.perform(submit(with(RESOLUTION, "outcome", "RESOLVED_PAID", "resolutionNote", "Paid after a call",
                "version", "0"), url))
                .andExpect(status().is3xxRedirection());

        MvcResult conflict = mvc.perform(submit(with(RESOLUTION, "version", "0"), url))
                .andExpect(status().isConflict())
                .andExpect(view().name("dispute/resolveForm"))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")))
                .andExpect(content().string(Matchers.containsString(">Never paid</textarea>")))
                .andReturn();

        assertThat(changes(conflict)).containsExactly(
                new EditConflict.Change("dispute.field.outcome", "Resuelta: el cliente pagó", "Dada por incobrable"),
                new EditConflict.Change("dispute.field.resolutionNote", "Paid after a call", "Never paid"));
        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("RESOLVED_PAID");

        mvc.perform(submit(with(RESOLUTION, "version", "1"), url)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("WRITTEN_OFF");
        assertThat(jdbc.queryForObject("select resolution_note from payment_dispute", String.class))
                .isEqualTo("Never paid");
    }

    @Test
    void disputeResolutionWithoutVersionIsConflict() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("OPEN");
    }

    @Test
    void recommendationStaleAnswerShowsBothAnswers() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));
        String url = "/clients/" + clientId + "/recommendations/" + recommendationId + "/answer";
        mvc.perform(submit(with(ANSWER, "response", "PROPOSAL_REQUESTED", "respondedOn", "2025-02-18", "version",
                "0"), url))
                .andExpect(status().is3xxRedirection());

        MvcResult conflict = mvc.perform(submit(with(ANSWER, "version", "0"), url))
                .andExpect(status().isConflict())
                .andExpect(view().name("recommendation/answerForm"))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")))
                .andExpect(content().string(Matchers.containsString("value=\"2025-02-20\"")))
                .andReturn();

        List<EditConflict.Change> changes = changes(conflict);
        assertThat(changes).extracting(EditConflict.Change::labelCode)
                .containsExactly("recommendation.field.response", "recommendation.field.respondedOn");
        assertThat(changes.get(0).stored()).isEqualTo("Pidió una propuesta");
        assertThat(changes.get(0).typed()).isEqualTo("Pidió la opción más barata");
        assertThat(jdbc.queryForObject("select response from recommendation", String.class))
                .isEqualTo("PROPOSAL_REQUESTED");

        mvc.perform(submit(with(ANSWER, "version", "1"), url)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select response from recommendation", String.class))
                .isEqualTo("CHEAPEST_OPTION");
    }

    @Test
    void conflictPageShowsEnglishLabels() throws Exception {
        String url = "/clients/" + clientId + "/edit";
        jdbc.update("update client set version = 4, seats = 3 where id = ?", clientId);

        mvc.perform(submit(with(CLIENT, "version", "3"), url).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone saved this record while you were editing it")))
                .andExpect(content().string(Matchers.containsString("Stored now")))
                .andExpect(content().string(Matchers.containsString("Seats")));
    }

    @SuppressWarnings("unchecked")
    private static List<EditConflict.Change> changes(MvcResult result) {
        return (List<EditConflict.Change>) result.getModelAndView().getModel().get(EditConflict.MODEL_KEY);
    }
}
