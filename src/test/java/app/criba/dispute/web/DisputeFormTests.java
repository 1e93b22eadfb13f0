package app.criba.dispute.web;

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

import java.math.BigDecimal;
import java.time.LocalDate;
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
class DisputeFormTests {

    static final Map<String, String> VALID = with(Map.of(), "invoiceId", "", "openedOn", "2025-04-02",
            "amount", "350.00", "reason", "Refuses the travel fee", "signedAgreement", "true",
            "_signedAgreement", "on");

    static final Map<String, String> RESOLUTION = with(Map.of(), "outcome", "WRITTEN_OFF", "resolvedOn",
            "2025-05-10", "resolutionNote", "Never paid", "version", "0");

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
    void formListsOnlyTheClientsInvoices() throws Exception {
        rows.invoice(clientId, "A-0017", LocalDate.of(2025, 3, 1), "350.00");
        rows.invoice(rows.client("Other"), "B-0099", LocalDate.of(2025, 3, 1), "99.00");

        mvc.perform(open("/clients/{id}/disputes/new", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A-0017")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("B-0099"))));
    }

    @Test
    void openStoresDisputeOnInvoiceByCurrentUser() throws Exception {
        long invoiceId = rows.invoice(clientId, "A-0017", LocalDate.of(2025, 3, 1), "350.00");

        mvc.perform(submit(with(VALID, "invoiceId", String.valueOf(invoiceId)), "/clients/{id}/disputes/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "dispute.flash.logged"));

        Map<String, Object> dispute = jdbc.queryForMap("select * from payment_dispute");
        assertThat(dispute.get("invoice_id")).isEqualTo(invoiceId);
        assertThat(dispute.get("amount")).isEqualTo(new BigDecimal("350.00"));
        assertThat(dispute.get("signed_agreement")).isEqualTo(true);
        assertThat(dispute.get("status")).isEqualTo("OPEN");
        assertThat(dispute.get("logged_by_id")).isEqualTo(ownerId);
    }

    @Test
    void openStoresDisputeWithoutInvoice() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/disputes/new", clientId)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select invoice_id from payment_dispute", Long.class)).isNull();
    }

    @Test
    void openRejectsMissingReason() throws Exception {
        expectOpenError(with(VALID, "reason", ""), "reason", "NotBlank");
    }

    @Test
    void openRejectsNegativeAmount() throws Exception {
        expectOpenError(with(VALID, "amount", "-1"), "amount", "DecimalMin");
    }

    @Test
    void openRejectsUnreadableAmount() throws Exception {
        expectOpenError(with(VALID, "amount", "350 €"), "amount", "typeMismatch");
    }

    @Test
    void openRejectsAbsurdDate() throws Exception {
        expectOpenError(with(VALID, "openedOn", "1925-04-02"), "openedOn", "PlausibleDate");
    }

    @Test
    void openRejectsInvoiceOfAnotherClient() throws Exception {
        long foreignInvoice = rows.invoice(rows.client("Other"), "B-0099", LocalDate.of(2025, 3, 1), "99.00");

        expectOpenError(with(VALID, "invoiceId", String.valueOf(foreignInvoice)), "invoiceId",
                "dispute.error.invoiceUnknown");
    }

    @Test
    void openForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/disputes/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/disputes/new", 999)).andExpect(status().isNotFound());

        assertThat(rows.count("payment_dispute")).isZero();
    }

    @Test
    void resolveFormShowsTheDispute() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        mvc.perform(open("/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Says the backup was never set up")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"OPEN\""))));
    }

    @Test
    void resolveClosesTheDispute() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "dispute.flash.resolved"));

        Map<String, Object> dispute = jdbc.queryForMap("select * from payment_dispute");
        assertThat(dispute.get("status")).isEqualTo("WRITTEN_OFF");
        assertThat(dispute.get("resolution_note")).isEqualTo("Never paid");
        assertThat(jdbc.queryForObject("select resolved_on from payment_dispute", LocalDate.class))
                .isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void resolveAcceptsSameDayAsOpening() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 5, 10));

        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void resolveRejectsDateBeforeOpening() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        expectResolveError(disputeId, with(RESOLUTION, "resolvedOn", "2025-04-01"), "resolvedOn",
                "dispute.error.resolvedBeforeOpened");
    }

    @Test
    void resolveRejectsOpenAsOutcome() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        expectResolveError(disputeId, with(RESOLUTION, "outcome", "OPEN"), "outcome", "dispute.error.outcomeOpen");
    }

    @Test
    void resolveRejectsMissingDate() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        expectResolveError(disputeId, with(RESOLUTION, "resolvedOn", ""), "resolvedOn", "NotNull");
    }

    @Test
    void resolveRejectsAbsurdDate() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));

        expectResolveError(disputeId, with(RESOLUTION, "resolvedOn", "3025-05-10"), "resolvedOn", "PlausibleDate");
    }

    @Test
    void resolvingResolvedDisputeIsConflict() throws Exception {
        long disputeId = rows.dispute(clientId, LocalDate.of(2025, 4, 2));
        jdbc.update("update payment_dispute set status = 'RESOLVED_PAID', resolved_on = '2025-04-20', version = 1 where id = ?",
                disputeId);

        mvc.perform(open("/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isConflict());
        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isConflict())
                .andExpect(view().name(DisputeController.RESOLVE_VIEW));

        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("RESOLVED_PAID");
    }

    @Test
    void resolvingAnotherClientsDisputeIsNotFound() throws Exception {
        long disputeId = rows.dispute(rows.client("Other"), LocalDate.of(2025, 4, 2));

        mvc.perform(open("/clients/{c}/disputes/{d}/resolve", clientId, disputeId)).andExpect(status().isNotFound());
        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("OPEN");
    }

    @Test
    void resolvingUnknownDisputeIsNotFound() throws Exception {
        mvc.perform(submit(RESOLUTION, "/clients/{c}/disputes/{d}/resolve", clientId, 999))
                .andExpect(status().isNotFound());
    }

    private void expectOpenError(Map<String, String> fields, String field, String code) throws Exception {
        mvc.perform(submit(fields, "/clients/{id}/disputes/new", clientId))
                .andExpect(status().isOk())
                .andExpect(view().name(DisputeController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("payment_dispute")).isZero();
    }

    private void expectResolveError(long disputeId, Map<String, String> fields, String field, String code)
            throws Exception {
        mvc.perform(submit(fields, "/clients/{c}/disputes/{d}/resolve", clientId, disputeId))
                .andExpect(status().isOk())
                .andExpect(view().name(DisputeController.RESOLVE_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(jdbc.queryForObject("select status from payment_dispute", String.class)).isEqualTo("OPEN");
    }
}
