package app.criba.exporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.criba.account.Users;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.Invoices;
import app.criba.portfolio.PortfolioRow;
import app.criba.portfolio.PortfolioService;
import app.criba.scoring.Grade;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class PortfolioExportTest {

    private static final RequestPostProcessor OWNER = user(TestUsers.OWNER_EMAIL).roles("OWNER");
    private static final List<String> SPANISH_HEADINGS = List.of("Cliente", "Contrato", "Nivel", "Confianza baja",
            "Puntuación", "Financiero", "Relación", "Identificador de llamadas", "Ingresos/mes (EUR)", "Margen (%)",
            "Ingresos/hora (EUR)", "Horas/mes", "Días de retraso", "Disputas abiertas", "Gestor de cuenta",
            "Nivel calculado", "Motivo del nivel asignado a mano");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clients clients;
    @Autowired Invoices invoices;
    @Autowired PortfolioService portfolio;

    /** The export date; the invoices run for the twelve months before it. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @BeforeEach
    void startWithOwner() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    @Test
    void spanishUsesSemicolonAndDecimalComma() throws Exception {
        storeTwoClients();

        MockHttpServletResponse response = download(get("/portfolio.csv"), "es");
        List<List<String>> rows = CsvResponses.rows(response, ';');

        assertThat(rows.get(0)).isEqualTo(SPANISH_HEADINGS);
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Cliente", "Bufete Llorente",
                "Harbor Freight Logistics");
        assertThat(rows.get(1).get(1)).isEqualTo("Servicios gestionados");
        assertThat(rows.get(1).get(8)).isEqualTo("3000,00");
        assertThat(CsvResponses.text(response)).contains(";3000,00;");
    }

    @Test
    void englishUsesCommaAndDecimalPoint() throws Exception {
        storeTwoClients();

        List<List<String>> rows = CsvResponses.rows(download(get("/portfolio.csv"), "en"), ',');

        assertThat(rows.get(0)).startsWith("Client", "Contract", "Grade", "Low confidence", "Score");
        assertThat(rows.get(1)).startsWith("Bufete Llorente", "Managed services");
        assertThat(rows.get(1).get(8)).isEqualTo("3000.00");
        assertThat(rows.get(2).get(8)).isEqualTo("350.00");
    }

    @Test
    void fileIsAnAttachmentNamedByDate() throws Exception {
        storeTwoClients();

        mvc.perform(get("/portfolio.csv").param("asOf", "2026-06-30").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"criba-portfolio-2026-06-30.csv\""));
    }

    @Test
    void formulaNamesAreNeutralised() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)");
        for (String name : names) {
            TestRecords.client(clients, name, ContractType.MANAGED, 5);
        }
        Client tabbed = TestRecords.client(clients, "Tabbed", ContractType.MANAGED, 5);
        // Client names are stripped when stored through the entity, so the tab goes in by SQL.
        jdbc.update("update client set name = ? where id = ?", "\tTabbed", tabbed.getId());

        for (String language : List.of("es", "en")) {
            char delimiter = "es".equals(language) ? ';' : ',';
            List<List<String>> rows = CsvResponses.rows(download(get("/portfolio.csv").param("sort", "NAME"), language),
                    delimiter);

            assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).as("names in %s", language)
                    .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x\")", "'+1", "'-cmd", "'@SUM(A1)", "'\tTabbed");
        }
    }

    @Test
    void exportHasEveryPageInChosenOrder() throws Exception {
        for (int number = 1; number <= 30; number++) {
            TestRecords.client(clients, String.format("Taller %02d", number), ContractType.BREAK_FIX, 2);
        }
        TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5);

        List<List<String>> rows = CsvResponses.rows(download(get("/portfolio.csv").param("contractType", "BREAK_FIX")
                .param("sort", "NAME").param("dir", "desc").param("page", "2"), "en"), ',');

        assertThat(rows).hasSize(31);
        assertThat(rows.get(1).get(0)).isEqualTo("Taller 30");
        assertThat(rows.get(30).get(0)).isEqualTo("Taller 01");
        assertThat(rows).extracting(row -> row.get(0)).doesNotContain("Alfa Abogados");
    }

    @Test
    void exportKeepsSearchGradeAndManagerFilters() throws Exception {
        storeTwoClients();
        Long ownerId = users.findByEmail(TestUsers.OWNER_EMAIL).orElseThrow().getId();
        jdbc.update("update client set account_manager_id = ? where name = 'Harbor Freight Logistics'", ownerId);
        Map<Grade, List<String>> namesByGrade = portfolio.rank(AS_OF).stream().collect(
                Collectors.groupingBy(PortfolioRow::grade, Collectors.mapping(PortfolioRow::name, Collectors.toList())));
        assertThat(namesByGrade).as("the two clients have different grades").hasSizeGreaterThan(1);
        Grade bufeteGrade = namesByGrade.entrySet().stream()
                .filter(entry -> entry.getValue().contains("Bufete Llorente")).findFirst().orElseThrow().getKey();

        assertThat(names(get("/portfolio.csv").param("q", "llorente"))).containsExactly("Bufete Llorente");
        assertThat(names(get("/portfolio.csv").param("grade", bufeteGrade.name())))
                .containsExactlyInAnyOrderElementsOf(namesByGrade.get(bufeteGrade));
        assertThat(names(get("/portfolio.csv").param("manager", ownerId.toString())))
                .containsExactly("Harbor Freight Logistics");
    }

    @Test
    void unreadableFilterIsIgnoredAsOnPage() throws Exception {
        storeTwoClients();

        assertThat(names(get("/portfolio.csv").param("grade", "Z").param("sort", "NOPE")))
                .containsExactly("Bufete Llorente", "Harbor Freight Logistics");
    }

    @Test
    void badDateGoesBackToPortfolioPage() throws Exception {
        mvc.perform(get("/portfolio.csv").param("asOf", "31/02/2024").param("q", "roble").with(OWNER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/?asOf=31/02/2024&q=roble"));
        mvc.perform(get("/portfolio.csv").param("asOf", "9999-01-01").with(OWNER))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/?asOf=9999-01-01"));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/portfolio.csv")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pageLinksExportWithItsFilters() throws Exception {
        storeTwoClients();

        String page = mvc.perform(get("/").param("asOf", "2026-06-30").param("contractType", "BREAK_FIX")
                .param("q", "harbor").param("sort", "NAME").param("page", "1").with(OWNER))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(
                "href=\"/portfolio.csv?asOf=2026-06-30&amp;contractType=BREAK_FIX&amp;q=harbor&amp;sort=NAME&amp;dir=asc\"",
                "Exportar CSV");
    }

    private void storeTwoClients() {
        Client good = TestRecords.client(clients, "Bufete Llorente", ContractType.MANAGED, 10);
        TestRecords.monthlyInvoices(invoices, good, "3000.00", 0, AS_OF.plusDays(1));
        Client late = TestRecords.client(clients, "Harbor Freight Logistics", ContractType.BREAK_FIX, 3);
        TestRecords.monthlyInvoices(invoices, late, "350.00", 70, AS_OF.plusDays(1));
    }

    private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
        List<List<String>> rows = CsvResponses.rows(download(request, "en"), ',');
        return rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.param("asOf", AS_OF.toString()).with(OWNER).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse();
    }
}
