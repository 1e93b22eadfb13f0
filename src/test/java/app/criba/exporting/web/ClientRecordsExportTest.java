package app.criba.exporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.RecordedHistory;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class ClientRecordsExportTest {

    private static final RequestPostProcessor OWNER = user(TestUsers.OWNER_EMAIL).roles("OWNER");
    private static final String AS_OF = RecordedHistory.AS_OF.toString();

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired ListableBeanFactory beans;

    private long clientId;

    @BeforeEach
    void storeHistory() {
        DatabaseCleaner.clean(jdbc);
        AppUser owner = TestUsers.createOwner(users, encoder);
        clientId = RecordedHistory.store(beans, owner.getId()).getId();
    }

    @Test
    void invoicesInSpanishUseSemicolonAndDecimalComma() throws Exception {
        String text = CsvResponses.text(download("invoices", "es"));

        assertThat(text).isEqualTo("""
                Número;Emitida;Vencimiento;Importe (EUR);Cobrado (EUR);Cobrada;Días de retraso;Saldo (EUR);Facturación;Tipo\r
                F-002;2025-03-01;2025-03-15;800,00;300,00;;107;500,00;Electrónica;Recurrente\r
                AB-1;2025-02-01;2025-02-01;-150,00;0,00;2025-02-01;0;-150,00;Electrónica;Recurrente\r
                F-001;2025-01-01;2025-01-15;1200,00;1200,00;2025-01-20;5;0,00;Electrónica;Recurrente\r
                """);
    }

    @Test
    void invoicesInEnglishUseCommaAndDecimalPoint() throws Exception {
        String text = CsvResponses.text(download("invoices", "en"));

        assertThat(text).isEqualTo("""
                Number,Issued,Due,Amount (EUR),Paid (EUR),Settled,Days late,Balance (EUR),Billing,Kind\r
                F-002,2025-03-01,2025-03-15,800.00,300.00,,107,500.00,Electronic,Recurring\r
                AB-1,2025-02-01,2025-02-01,-150.00,0.00,2025-02-01,0,-150.00,Electronic,Recurring\r
                F-001,2025-01-01,2025-01-15,1200.00,1200.00,2025-01-20,5,0.00,Electronic,Recurring\r
                """);
    }

    @Test
    void paymentsUpToTheDate() throws Exception {
        assertThat(CsvResponses.rows(download("payments", "en"), ',')).containsExactly(
                List.of("Paid on", "Invoice", "Amount (EUR)"),
                List.of("2025-03-20", "F-002", "300.00"),
                List.of("2025-01-20", "F-001", "1200.00"));
    }

    @Test
    void noteWithQuotesAndLineBreakParsesBack() throws Exception {
        MockHttpServletResponse response = download("time-entries", "es");

        assertThat(CsvResponses.text(response)).contains("\"Replaced the \"\"main\"\" switch; rebooted\nthe server, twice\"");
        assertThat(CsvResponses.rows(response, ';')).containsExactly(
                List.of("Fecha", "Minutos", "Técnico", "Facturable", "Fuera de horario", "Nota"),
                List.of("2025-05-09", "30", "Luis", "No", "Sí", ""),
                List.of("2025-04-02", "90", "Ana Técnica", "Sí", "No", RecordedHistory.TIME_NOTE));
    }

    @Test
    void interactionsNeutraliseFormulaNote() throws Exception {
        assertThat(CsvResponses.rows(download("interactions", "en"), ',')).containsExactly(
                List.of("When", "Kind", "After hours", "Note", "Logged by"),
                List.of("2025-05-03 22:15", "Emergency call", "Yes", "'-cmd", "Olga Owner"));
    }

    @Test
    void disputesNameTheirInvoice() throws Exception {
        assertThat(CsvResponses.rows(download("disputes", "es"), ';')).containsExactly(
                List.of("Abierta", "Factura", "Importe (EUR)", "Motivo", "Acuerdo firmado", "Estado", "Resuelta",
                        "Nota de resolución", "Registrada por"),
                List.of("2025-03-25", "F-002", "500,00", RecordedHistory.DISPUTE_REASON, "No",
                        "Resuelta: el cliente pagó", "2025-06-02", "Paid after a call", "Olga Owner"));
    }

    @Test
    void recommendationsShowAnswerLabel() throws Exception {
        assertThat(CsvResponses.rows(download("recommendations", "en"), ',')).containsExactly(
                List.of("Proposed", "Recommendation", "Estimated value (EUR)", "Answer", "Answered"),
                List.of("2025-02-10", "Replace the backup system", "5000.00", "Asked for a proposal", "2025-02-20"));
    }

    @Test
    void gutChecksNeutraliseFormulaComment() throws Exception {
        assertThat(CsvResponses.rows(download("gut-checks", "es"), ';')).containsExactly(
                List.of("Fecha", "Nivel", "Por", "Comentario"),
                List.of("2025-06-01", "B", "Olga Owner", "'@SUM(A1)"));
    }

    @Test
    void fileNameHasListClientAndDate() throws Exception {
        mvc.perform(get("/clients/{id}/time-entries.csv", clientId).param("asOf", AS_OF).with(OWNER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"criba-time-entries-clinica-dental-roble-s-l-2025-06-30.csv\""));
    }

    @Test
    void missingDateMeansToday() throws Exception {
        List<List<String>> rows = CsvResponses.rows(mvc.perform(get("/clients/{id}/invoices.csv", clientId)
                .with(OWNER).header("Accept-Language", "en")).andReturn().getResponse(), ',');

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Number", "F-003", "F-002", "AB-1", "F-001");
    }

    @Test
    void unknownClientOrListIsNotFound() throws Exception {
        mvc.perform(get("/clients/{id}/invoices.csv", 987654).with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}/notes.csv", clientId).with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(get("/clients/abc/invoices.csv").with(OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void badDateGoesBackToClientPage() throws Exception {
        mvc.perform(get("/clients/{id}/invoices.csv", clientId).param("asOf", "2024-02-31").with(OWNER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/clients/" + clientId + "?asOf=2024-02-31"));
        mvc.perform(get("/clients/{id}/invoices.csv", clientId).param("asOf", "9999-01-01").with(OWNER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/clients/" + clientId + "?asOf=9999-01-01"));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/clients/{id}/invoices.csv", clientId)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void clientPageLinksEachListWithRecords() throws Exception {
        String page = mvc.perform(get("/clients/{id}", clientId).param("asOf", AS_OF).with(OWNER)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();

        for (String list : List.of("invoices", "payments", "time-entries", "interactions", "disputes",
                "recommendations", "gut-checks")) {
            assertThat(page).contains("href=\"/clients/" + clientId + "/" + list + ".csv?asOf=" + AS_OF + "\"");
        }
        assertThat(page).contains("Export CSV");
    }

    @Test
    void emptyListHasNoExportLink() throws Exception {
        String page = mvc.perform(get("/clients/{id}", clientId).param("asOf", "2025-01-05").with(OWNER))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/invoices.csv?asOf=2025-01-05").doesNotContain("/payments.csv")
                .doesNotContain("/gut-checks.csv");
    }

    private MockHttpServletResponse download(String list, String language) throws Exception {
        return mvc.perform(get("/clients/{id}/{list}.csv", clientId, list).param("asOf", AS_OF).with(OWNER)
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse();
    }
}
