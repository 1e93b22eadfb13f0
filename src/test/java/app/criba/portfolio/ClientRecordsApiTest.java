package app.criba.portfolio;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.RecordedHistory;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class ClientRecordsApiTest {

    private static final RequestPostProcessor BASIC = httpBasic(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);
    private static final List<String> LISTS = List.of("invoices", "payments", "time-entries", "interactions",
            "disputes", "recommendations", "gut-checks");

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
    void invoicesHaveBalanceAndDaysLate() throws Exception {
        list("invoices")
                .andExpect(jsonPath("$.clientId").value(clientId))
                .andExpect(jsonPath("$.name").value(RecordedHistory.CLIENT_NAME))
                .andExpect(jsonPath("$.asOf").value("2025-06-30"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.records", hasSize(3)))
                .andExpect(jsonPath("$.records[0].number").value("F-002"))
                .andExpect(jsonPath("$.records[0].paid").value("300.00"))
                .andExpect(jsonPath("$.records[0].balance").value("500.00"))
                .andExpect(jsonPath("$.records[0].daysLate").value(107))
                .andExpect(jsonPath("$.records[1].amount").value("-150.00"))
                .andExpect(jsonPath("$.records[1].settledOn").value("2025-02-01"))
                .andExpect(jsonPath("$.records[2].kind").value("RECURRING"));
    }

    @Test
    void paymentsNameTheirInvoice() throws Exception {
        list("payments")
                .andExpect(jsonPath("$.records", hasSize(2)))
                .andExpect(jsonPath("$.records[0].invoiceNumber").value("F-002"))
                .andExpect(jsonPath("$.records[0].paidOn").value("2025-03-20"))
                .andExpect(jsonPath("$.records[0].amount").value("300.00"));
    }

    @Test
    void timeEntriesKeepNoteAsWritten() throws Exception {
        list("time-entries")
                .andExpect(jsonPath("$.records", hasSize(2)))
                .andExpect(jsonPath("$.records[1].minutes").value(90))
                .andExpect(jsonPath("$.records[1].billable").value(true))
                .andExpect(jsonPath("$.records[1].note").value(RecordedHistory.TIME_NOTE));
    }

    @Test
    void interactionsHaveKindAndAuthor() throws Exception {
        list("interactions")
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0].occurredAt").value("2025-05-03T22:15:00"))
                .andExpect(jsonPath("$.records[0].kind").value("EMERGENCY_CALL"))
                .andExpect(jsonPath("$.records[0].afterHours").value(true))
                .andExpect(jsonPath("$.records[0].note").value("-cmd"))
                .andExpect(jsonPath("$.records[0].loggedBy").value("Olga Owner"));
    }

    @Test
    void disputesHaveInvoiceAndOutcome() throws Exception {
        list("disputes")
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0].id").isNumber())
                .andExpect(jsonPath("$.records[0].invoiceNumber").value("F-002"))
                .andExpect(jsonPath("$.records[0].amount").value("500.00"))
                .andExpect(jsonPath("$.records[0].reason").value(RecordedHistory.DISPUTE_REASON))
                .andExpect(jsonPath("$.records[0].status").value("RESOLVED_PAID"))
                .andExpect(jsonPath("$.records[0].resolutionNote").value("Paid after a call"));
    }

    @Test
    void recommendationsHaveAnswer() throws Exception {
        list("recommendations")
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0].estimatedValue").value("5000.00"))
                .andExpect(jsonPath("$.records[0].response").value("PROPOSAL_REQUESTED"))
                .andExpect(jsonPath("$.records[0].respondedOn").value("2025-02-20"));
    }

    @Test
    void gutChecksHaveGradeAndRater() throws Exception {
        list("gut-checks")
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0].grade").value("B"))
                .andExpect(jsonPath("$.records[0].rater").value("Olga Owner"))
                .andExpect(jsonPath("$.records[0].comment").value("@SUM(A1)"));
    }

    @Test
    void withoutDateListsEverythingToToday() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}/gut-checks", clientId).with(BASIC))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records", hasSize(2)))
                .andExpect(jsonPath("$.records[0].comment").value("later"));
    }

    @Test
    void unknownClientIsNotFound() throws Exception {
        for (String list : LISTS) {
            mvc.perform(get("/api/v1/clients/{id}/{list}", 987654, list).with(BASIC))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"));
        }
    }

    @Test
    void badDateIsInvalidParameter() throws Exception {
        for (String date : List.of("2024-02-31", "9999-12-31")) {
            mvc.perform(get("/api/v1/clients/{id}/invoices", clientId).param("asOf", date).with(BASIC))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_parameter"))
                    .andExpect(jsonPath("$.parameter").value("asOf"));
        }
    }

    @Test
    void anonymousCallerIsUnauthorized() throws Exception {
        for (String list : LISTS) {
            mvc.perform(get("/api/v1/clients/{id}/{list}", clientId, list)).andExpect(status().isUnauthorized());
        }
    }

    private ResultActions list(String list) throws Exception {
        return mvc.perform(get("/api/v1/clients/{id}/{list}", clientId, list)
                        .param("asOf", RecordedHistory.AS_OF.toString()).with(BASIC))
                .andExpect(status().isOk());
    }
}
