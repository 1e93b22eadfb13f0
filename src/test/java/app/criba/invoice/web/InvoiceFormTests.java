package app.criba.invoice.web;

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
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

@IntegrationTest
@AutoConfigureMockMvc
class InvoiceFormTests {

    static final Map<String, String> VALID = with(Map.of(), "number", "007", "issueDate", "2025-01-10",
            "dueDate", "2025-02-09", "amount", "1200.00", "billingMethod", "PAPER", "kind", "PROJECT",
            "payments[0].paidOn", "2025-02-01", "payments[0].amount", "1000.00",
            "payments[1].paidOn", "", "payments[1].amount", "", "version", "");

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
    void newFormOffersTwoBlankPaymentRows() throws Exception {
        mvc.perform(open("/clients/{id}/invoices/new", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"payments[1].amount\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"payments[2].amount\""))));
    }

    @Test
    void createStoresInvoiceWithPaymentsIgnoringBlankRows() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/invoices/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "invoice.flash.created"));

        Map<String, Object> invoice = jdbc.queryForMap("select * from invoice");
        assertThat(invoice.get("number")).isEqualTo("007");
        assertThat(invoice.get("client_id")).isEqualTo(clientId);
        assertThat(invoice.get("amount")).isEqualTo(new BigDecimal("1200.00"));
        assertThat(invoice.get("billing_method")).isEqualTo("PAPER");
        List<Map<String, Object>> payments = jdbc.queryForList("select paid_on, amount from payment");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("amount")).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void createStoresCreditNoteWithNegativeAmount() throws Exception {
        mvc.perform(submit(with(VALID, "amount", "-250.50", "payments[0].paidOn", "", "payments[0].amount", ""),
                "/clients/{id}/invoices/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select amount from invoice", BigDecimal.class))
                .isEqualByComparingTo("-250.50");
    }

    @Test
    void createRejectsMissingNumber() throws Exception {
        expectError(with(VALID, "number", ""), "number", "NotBlank");
    }

    @Test
    void createRejectsMissingIssueDate() throws Exception {
        expectError(with(VALID, "issueDate", ""), "issueDate", "NotNull");
    }

    @Test
    void createRejectsDueDateBeforeIssueDate() throws Exception {
        expectError(with(VALID, "dueDate", "2025-01-09"), "dueDate", "invoice.error.dueBeforeIssue");
    }

    @Test
    void createRejectsAbsurdIssueDate() throws Exception {
        expectError(with(VALID, "issueDate", "0025-01-10"), "issueDate", "PlausibleDate");
    }

    @Test
    void createRejectsDateThatDoesNotExist() throws Exception {
        expectError(with(VALID, "dueDate", "2025-02-30"), "dueDate", "typeMismatch");
    }

    @Test
    void createRejectsAmountWithDecimalComma() throws Exception {
        expectError(with(VALID, "amount", "1.200,00"), "amount", "typeMismatch");
    }

    @Test
    void createRejectsAmountBeyondNumericColumn() throws Exception {
        expectError(with(VALID, "amount", "1234567890123.00"), "amount", "Digits");
    }

    @Test
    void createRejectsAmountWithThreeDecimals() throws Exception {
        expectError(with(VALID, "amount", "10.005"), "amount", "Digits");
    }

    @Test
    void createRejectsNumberTheClientAlreadyHas() throws Exception {
        rows.invoice(clientId, "007", LocalDate.of(2024, 5, 1), "100.00");

        expectError(VALID, "number", "invoice.error.numberTaken");
    }

    @Test
    void createAcceptsNumberAnotherClientHas() throws Exception {
        long otherClient = rows.client("Other");
        rows.invoice(otherClient, "007", LocalDate.of(2024, 5, 1), "100.00");

        mvc.perform(submit(VALID, "/clients/{id}/invoices/new", clientId)).andExpect(status().is3xxRedirection());

        assertThat(rows.count("invoice")).isEqualTo(2);
    }

    @Test
    void createKeepsLeadingZerosApartFromShorterNumber() throws Exception {
        rows.invoice(clientId, "7", LocalDate.of(2024, 5, 1), "100.00");

        mvc.perform(submit(VALID, "/clients/{id}/invoices/new", clientId)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select number from invoice order by number", String.class))
                .containsExactly("007", "7");
    }

    @Test
    void createRejectsPaymentBeforeIssueDate() throws Exception {
        expectError(with(VALID, "payments[0].paidOn", "2025-01-09"), "payments[0].paidOn",
                "invoice.error.paymentBeforeIssue");
    }

    @Test
    void createRejectsPaymentOfZero() throws Exception {
        expectError(with(VALID, "payments[0].amount", "0"), "payments[0].amount", "invoice.error.paymentNotPositive");
    }

    @Test
    void createRejectsPaymentWithoutDate() throws Exception {
        expectError(with(VALID, "payments[0].paidOn", ""), "payments[0].paidOn", "NotNull");
    }

    @Test
    void createRejectsPaymentWithoutAmount() throws Exception {
        expectError(with(VALID, "payments[1].paidOn", "2025-02-03"), "payments[1].amount", "NotNull");
    }

    @Test
    void createRejectsPaymentWithAbsurdDate() throws Exception {
        expectError(with(VALID, "payments[0].paidOn", "2205-02-01"), "payments[0].paidOn", "PlausibleDate");
    }

    @Test
    void createRejectsPaymentAfterToday() throws Exception {
        String inTwoDays = LocalDate.now().plusDays(2).toString();

        expectError(with(VALID, "payments[0].paidOn", inTwoDays), "payments[0].paidOn",
                "invoice.error.paymentInFuture");
    }

    @Test
    void createRejectsPaymentsAboveAmount() throws Exception {
        expectError(with(VALID, "payments[1].paidOn", "2025-02-05", "payments[1].amount", "200.01"), "payments",
                "invoice.error.paymentsExceedAmount");
    }

    @Test
    void createAcceptsPaymentsEqualToAmount() throws Exception {
        mvc.perform(submit(with(VALID, "payments[1].paidOn", "2025-02-05", "payments[1].amount", "200.00"),
                "/clients/{id}/invoices/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(rows.count("payment")).isEqualTo(2);
    }

    @Test
    void createRejectsPaymentOnCreditNote() throws Exception {
        expectError(with(VALID, "amount", "-100.00"), "payments", "invoice.error.paymentOnCreditNote");
    }

    @Test
    void createStoresPaymentRowAfterGap() throws Exception {
        mvc.perform(submit(with(VALID, "payments[0].paidOn", "", "payments[0].amount", "", "payments[4].paidOn",
                "2025-02-03", "payments[4].amount", "300.00"), "/clients/{id}/invoices/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select amount from payment", BigDecimal.class)).isEqualByComparingTo("300");
    }

    @Test
    void createRejectsForgedPaymentIndexes() throws Exception {
        for (String name : List.of("payments[x].amount", "payments[-1].amount", "payments[300].amount",
                "payments[99999999999].amount", "payments[0.amount", "payments[].amount",
                "payments[1].paidOn.year")) {
            mvc.perform(submit(with(VALID, name, "5"), "/clients/{id}/invoices/new", clientId))
                    .andExpect(status().isBadRequest());
        }

        assertThat(rows.count("invoice")).isZero();
    }

    @Test
    void createForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/invoices/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/invoices/new", 999)).andExpect(status().isNotFound());

        assertThat(rows.count("invoice")).isZero();
    }

    @Test
    void editFormAddsTwoBlankRows() throws Exception {
        long invoiceId = rows.invoice(clientId, "0042", LocalDate.of(2025, 3, 1), "500.00");
        rows.payment(invoiceId, LocalDate.of(2025, 3, 20), "500.00");

        mvc.perform(open("/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"0042\"")))
                .andExpect(content().string(Matchers.containsString("value=\"2025-03-20\"")))
                .andExpect(content().string(Matchers.containsString("name=\"payments[2].amount\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"payments[3].amount\""))));
    }

    @Test
    void editReplacesFieldsAndPayments() throws Exception {
        long invoiceId = rows.invoice(clientId, "0042", LocalDate.of(2025, 3, 1), "500.00");
        rows.payment(invoiceId, LocalDate.of(2025, 3, 20), "500.00");

        mvc.perform(submit(with(VALID, "version", "0"), "/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "invoice.flash.updated"));

        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("007");
        assertThat(jdbc.queryForObject("select amount from payment", BigDecimal.class)).isEqualByComparingTo("1000");
        assertThat(rows.count("payment")).isEqualTo(1);
        assertThat(rows.version("invoice", invoiceId)).isEqualTo(1);
    }

    @Test
    void editRemovesClearedPayment() throws Exception {
        long invoiceId = rows.invoice(clientId, "0042", LocalDate.of(2025, 3, 1), "500.00");
        rows.payment(invoiceId, LocalDate.of(2025, 3, 20), "500.00");

        mvc.perform(submit(with(VALID, "version", "0", "payments[0].paidOn", "", "payments[0].amount", ""),
                "/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(status().is3xxRedirection());

        assertThat(rows.count("payment")).isZero();
    }

    @Test
    void editMayKeepOwnNumber() throws Exception {
        long invoiceId = rows.invoice(clientId, "007", LocalDate.of(2025, 1, 10), "1200.00");

        mvc.perform(submit(with(VALID, "version", "0"), "/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void editRejectsInvalidInputAndKeepsPayments() throws Exception {
        long invoiceId = rows.invoice(clientId, "0042", LocalDate.of(2025, 3, 1), "500.00");
        rows.payment(invoiceId, LocalDate.of(2025, 3, 20), "500.00");

        mvc.perform(submit(with(VALID, "version", "0", "dueDate", "2024-12-31"), "/clients/{c}/invoices/{i}/edit",
                clientId, invoiceId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "dueDate", "invoice.error.dueBeforeIssue"));

        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("0042");
        assertThat(jdbc.queryForObject("select amount from payment", BigDecimal.class)).isEqualByComparingTo("500");
    }

    @Test
    void editWithStaleVersionIsConflict() throws Exception {
        long invoiceId = rows.invoice(clientId, "0042", LocalDate.of(2025, 3, 1), "500.00");
        jdbc.update("update invoice set version = 2 where id = ?", invoiceId);

        mvc.perform(submit(with(VALID, "version", "1"), "/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("0042");
        assertThat(rows.count("payment")).isZero();
    }

    @Test
    void editOfAnotherClientsInvoiceIsNotFound() throws Exception {
        long otherClient = rows.client("Other");
        long invoiceId = rows.invoice(otherClient, "0042", LocalDate.of(2025, 3, 1), "500.00");

        mvc.perform(open("/clients/{c}/invoices/{i}/edit", clientId, invoiceId)).andExpect(status().isNotFound());
        mvc.perform(submit(with(VALID, "version", "0"), "/clients/{c}/invoices/{i}/edit", clientId, invoiceId))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select number from invoice", String.class)).isEqualTo("0042");
    }

    @Test
    void editOfUnknownInvoiceIsNotFound() throws Exception {
        mvc.perform(open("/clients/{c}/invoices/{i}/edit", clientId, 999)).andExpect(status().isNotFound());
        mvc.perform(submit(with(VALID, "version", "0"), "/clients/{c}/invoices/{i}/edit", clientId, 999))
                .andExpect(status().isNotFound());
    }

    private void expectError(Map<String, String> fields, String field, String code) throws Exception {
        MockHttpServletRequestBuilder request = submit(fields, "/clients/{id}/invoices/new", clientId);
        int invoicesBefore = rows.count("invoice");
        int paymentsBefore = rows.count("payment");

        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name(InvoiceFormController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("invoice")).isEqualTo(invoicesBefore);
        assertThat(rows.count("payment")).isEqualTo(paymentsBefore);
    }
}
