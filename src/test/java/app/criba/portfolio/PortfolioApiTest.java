package app.criba.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.criba.account.Users;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.Invoices;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import app.criba.support.TestUsers;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
@AutoConfigureMockMvc
class PortfolioApiTest {

    private static final RequestPostProcessor BASIC = httpBasic(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clients clients;
    @Autowired Invoices invoices;

    private Client client;

    @BeforeEach
    void storeOneClient() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        client = TestRecords.client(clients, "Clínica Dental Roble", ContractType.MANAGED, 12);
        TestRecords.monthlyInvoices(invoices, client, "1200.00", 25, LocalDate.of(2026, 7, 1));
    }

    @Test
    void portfolioListsGradedClientsWithMoneyAsStrings() throws Exception {
        mvc.perform(get("/api/v1/portfolio").param("asOf", "2026-06-30").with(BASIC))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-06-30"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.clients", hasSize(1)))
                .andExpect(jsonPath("$.clients[0].name").value("Clínica Dental Roble"))
                .andExpect(jsonPath("$.clients[0].grade").isString())
                .andExpect(jsonPath("$.clients[0].revenuePerMonth").value("1200.00"))
                .andExpect(jsonPath("$.grades", hasSize(4)));
    }

    @Test
    void scorecardHasReasonsAndInvoiceDaysLate() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}/scorecard", client.getId()).param("asOf", "2026-06-30").with(BASIC)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationship.parts[0].part").value("PUNCTUALITY"))
                .andExpect(jsonPath("$.financial.reasons[0].code").value("reason.financial.revenue"))
                .andExpect(jsonPath("$.financial.reasons[0].text").value("Revenue of €1,200.00 a month: 12 invoices over 12 months."))
                .andExpect(jsonPath("$.invoices", hasSize(12)))
                .andExpect(jsonPath("$.invoices[0].daysLate").value(15))
                .andExpect(jsonPath("$.invoices[0].settledOn").isEmpty())
                .andExpect(jsonPath("$.invoices[1].daysLate").value(25))
                .andExpect(jsonPath("$.invoices[0].balance").value("1200.00"))
                .andExpect(jsonPath("$.invoices[1].balance").value("0.00"));
    }

    @Test
    void portfolioTakesPageFiltersAndOrder() throws Exception {
        TestRecords.client(clients, "Talleres Zeta", ContractType.BREAK_FIX, 2);
        TestRecords.client(clients, "Asesoría Alba", ContractType.BREAK_FIX, 2);

        mvc.perform(get("/api/v1/portfolio").param("asOf", "2026-06-30").param("contractType", "BREAK_FIX")
                        .param("sort", "NAME").param("dir", "desc").with(BASIC))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clients", hasSize(2)))
                .andExpect(jsonPath("$.clients[0].name").value("Talleres Zeta"))
                .andExpect(jsonPath("$.clients[1].name").value("Asesoría Alba"))
                .andExpect(jsonPath("$.grades[0].clients").isNumber());
        mvc.perform(get("/api/v1/portfolio").param("asOf", "2026-06-30").param("q", "roble").with(BASIC))
                .andExpect(jsonPath("$.clients", hasSize(1)))
                .andExpect(jsonPath("$.clients[0].name").value("Clínica Dental Roble"));
    }

    @Test
    void portfolioSummaryCoversWholePortfolio() throws Exception {
        TestRecords.client(clients, "Talleres Zeta", ContractType.BREAK_FIX, 2);

        String body = mvc.perform(get("/api/v1/portfolio").param("asOf", "2026-06-30").param("q", "zeta").with(BASIC))
                .andExpect(jsonPath("$.clients", hasSize(1)))
                .andReturn().getResponse().getContentAsString();

        List<Integer> clientsPerGrade = JsonPath.read(body, "$.grades[*].clients");
        assertThat(clientsPerGrade.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void portfolioRejectsUnreadableFilter() throws Exception {
        mvc.perform(get("/api/v1/portfolio").param("grade", "Z").with(BASIC))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("grade"));
        mvc.perform(get("/api/v1/portfolio").param("sort", "NOPE").with(BASIC))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("sort"));
        mvc.perform(get("/api/v1/portfolio").param("dir", "sideways").with(BASIC))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("dir"));
    }

    @Test
    void unknownClientAndBadDatesAreClientErrors() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}/scorecard", 987654).with(BASIC)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/abc/scorecard").with(BASIC)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/portfolio").param("asOf", "2024-02-31").with(BASIC)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/portfolio").param("asOf", "9999-12-31").with(BASIC)).andExpect(status().isBadRequest());
    }
}
