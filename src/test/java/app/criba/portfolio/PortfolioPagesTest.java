package app.criba.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import app.criba.dispute.PaymentDispute;
import app.criba.dispute.PaymentDisputes;
import app.criba.invoice.Invoices;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class PortfolioPagesTest {

    private static final RequestPostProcessor OWNER = user(TestUsers.OWNER_EMAIL).roles("OWNER");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clients clients;
    @Autowired Invoices invoices;
    @Autowired PaymentDisputes disputes;

    @BeforeEach
    void startWithOwner() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    @Test
    void emptyPortfolioOffersImportAndSample() throws Exception {
        mvc.perform(get("/").with(OWNER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your portfolio is empty"),
                        containsString("action=\"/sample-portfolio\""), containsString("href=\"/imports/new\""))));
    }

    @Test
    void portfolioRanksClientsInSpanishByDefault() throws Exception {
        LocalDate today = LocalDate.now();
        Client good = TestRecords.client(clients, "Bufete Llorente", ContractType.MANAGED, 10);
        TestRecords.monthlyInvoices(invoices, good, "3000.00", 0, today);
        Client late = TestRecords.client(clients, "Harbor Freight Logistics", ContractType.BREAK_FIX, 3);
        TestRecords.monthlyInvoices(invoices, late, "350.00", 70, today);

        String page = mvc.perform(get("/").with(OWNER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Cartera", "Bufete Llorente", "Harbor Freight Logistics");
        assertThat(page.indexOf("Bufete Llorente")).isLessThan(page.indexOf("Harbor Freight Logistics"));
    }

    @Test
    void portfolioFiltersSortsAndIgnoresBadParameters() throws Exception {
        LocalDate today = LocalDate.now();
        TestRecords.monthlyInvoices(invoices, TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5),
                "2000.00", 0, today);
        TestRecords.monthlyInvoices(invoices, TestRecords.client(clients, "Zeta Talleres", ContractType.BREAK_FIX, 2),
                "300.00", 40, today);

        mvc.perform(get("/").with(OWNER).param("contractType", "BREAK_FIX"))
                .andExpect(content().string(allOf(containsString("Zeta Talleres"), not(containsString("Alfa Abogados")))));
        mvc.perform(get("/").with(OWNER).param("q", "alfa"))
                .andExpect(content().string(allOf(containsString("Alfa Abogados"), not(containsString("Zeta Talleres")))));
        String byName = mvc.perform(get("/").with(OWNER).param("sort", "NAME").param("dir", "desc"))
                .andReturn().getResponse().getContentAsString();
        assertThat(byName.indexOf("Zeta Talleres")).isLessThan(byName.indexOf("Alfa Abogados"));
        mvc.perform(get("/").with(OWNER).param("grade", "Z").param("sort", "NOPE").param("asOf", "31/02/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alfa Abogados")));
        mvc.perform(get("/").with(OWNER).param("asOf", "9999-01-01").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date must be between")));
    }

    @Test
    void scorecardExplainsGradeAndListsInvoices() throws Exception {
        Client client = TestRecords.client(clients, "Clínica Dental Roble", ContractType.MANAGED, 12);
        TestRecords.monthlyInvoices(invoices, client, "1200.00", 25, LocalDate.now());

        mvc.perform(get("/clients/{id}", client.getId()).with(OWNER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Clínica Dental Roble"),
                        containsString("Relationship health"), containsString("invoices fell due and were on average"),
                        containsString(client.getId() + "-1"))));
    }

    @Test
    void pagesShowManagerAndUnsignedDispute() throws Exception {
        Client client = TestRecords.client(clients, "Ferretería Ruiz", ContractType.BREAK_FIX, 4);
        Long managerId = users.findByEmail(TestUsers.OWNER_EMAIL).orElseThrow().getId();
        jdbc.update("update client set account_manager_id = ? where id = ?", managerId, client.getId());
        TestRecords.monthlyInvoices(invoices, client, "500.00", 0, LocalDate.now());
        disputes.save(new PaymentDispute(client.getId(), null, LocalDate.now().minusDays(3), new BigDecimal("80.00"),
                "Desplazamiento no acordado", false, null));

        mvc.perform(get("/").with(OWNER).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Olga Owner"), not(containsString(">true<")))));
        String page = mvc.perform(get("/clients/{id}", client.getId()).with(OWNER).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        String disputeRow = page.substring(page.indexOf("Desplazamiento no acordado"));
        assertThat(disputeRow.substring(0, disputeRow.indexOf("</tr>"))).contains(">No<").doesNotContain(">Yes<");
    }

    @Test
    void languageSwitchKeepsDateAndFilters() throws Exception {
        TestRecords.monthlyInvoices(invoices, TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5),
                "2000.00", 0, LocalDate.now());

        mvc.perform(get("/").param("asOf", "2026-06-30").param("grade", "B").param("lang", "es").with(OWNER))
                .andExpect(content().string(containsString("href=\"/?asOf=2026-06-30&amp;grade=B&amp;lang=en\"")));
    }

    @Test
    void portfolioSaysWhenDateIsUnreadable() throws Exception {
        mvc.perform(get("/").with(OWNER).param("asOf", "31/02/2024").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That date does not exist or is not written as a date")));
    }

    @Test
    void scorecardWithUnreadableDateShowsToday() throws Exception {
        Client client = TestRecords.client(clients, "Clínica Dental Roble", ContractType.MANAGED, 12);

        mvc.perform(get("/clients/{id}", client.getId()).with(OWNER).param("asOf", "31/02/2024")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Clínica Dental Roble"),
                        containsString("That date does not exist or is not written as a date"),
                        containsString("the scorecard is shown as of today"))));
    }

    @Test
    void scorecardWithDateOutOfRangeNamesScorecard() throws Exception {
        Client client = TestRecords.client(clients, "Clínica Dental Roble", ContractType.MANAGED, 12);

        mvc.perform(get("/clients/{id}", client.getId()).with(OWNER).param("asOf", "1989-12-31")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The date must be between 1 January 1990 and today; the scorecard is shown as of today.")));
    }

    @Test
    void scorecardIgnoresUnreadableShowAll() throws Exception {
        Client client = TestRecords.client(clients, "Clínica Dental Roble", ContractType.MANAGED, 12);

        mvc.perform(get("/clients/{id}", client.getId()).with(OWNER).param("all", "maybe"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clínica Dental Roble")));
    }

    @Test
    void unknownClientGivesLocalizedNotFoundPage() throws Exception {
        mvc.perform(get("/clients/{id}", 987654).with(OWNER).header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No encontrado")));
        mvc.perform(get("/clients/not-a-number").with(OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void rescoreStoresEveryClientsScore() throws Exception {
        TestRecords.monthlyInvoices(invoices, TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5),
                "2000.00", 0, LocalDate.now());

        mvc.perform(post("/portfolio/rescore").with(OWNER).with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(post("/portfolio/rescore").param("asOf", "2026-06-30").with(OWNER).with(csrf()))
                .andExpect(redirectedUrl("/?asOf=2026-06-30"));

        assertThat(jdbc.queryForObject("select count(*) from client_score", Integer.class)).isEqualTo(1);
    }
}
