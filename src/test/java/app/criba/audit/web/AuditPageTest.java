package app.criba.audit.web;

import static app.criba.support.FormRequests.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/** The owner's audit page and its CSV export: filters, paging, readable values and bad parameters. */
@IntegrationTest
@AutoConfigureMockMvc
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long ownerId;
    long managerId;
    long ruiz;
    long roble;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        TestRows rows = new TestRows(jdbc);
        ownerId = rows.owner();
        managerId = rows.user("ana@example.com", "Ana Manager");
        jdbc.update("update app_user set role = 'ACCOUNT_MANAGER' where id = ?", managerId);
        ruiz = rows.client("Ferretería Ruiz");
        roble = rows.client("=Clínica Roble");
        entry(LocalDate.of(2025, 1, 10), ownerId, "Olga Owner", "CLIENT", ruiz, "UPDATED",
                "{\"seats\": 12}", "{\"seats\": 15}");
        entry(LocalDate.of(2025, 2, 10), managerId, "Ana Manager", "INVOICE", ruiz, "CREATED",
                null, "{\"number\": \"F-1\", \"amount\": 1234.5, \"issueDate\": \"2025-02-01\"}");
        entry(LocalDate.of(2025, 3, 10), managerId, "Ana Manager", "GUT_CHECK", roble, "CREATED",
                null, "{\"grade\": \"B\", \"comment\": \"=cmd\"}");
    }

    /** Inserts an entry at noon of a past day, which the application itself never does. */
    private void entry(LocalDate day, long userId, String userName, String kind, long clientId, String action,
            String before, String after) {
        jdbc.update("""
                insert into audit_entry (occurred_at, user_id, user_name, entity_kind, entity_id, client_id, action,
                                         before_values, after_values)
                values (?, ?, ?, ?, 1, ?, ?, ?::jsonb, ?::jsonb)
                """, java.sql.Timestamp.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()), userId,
                userName, kind, clientId, action, before, after);
    }

    private String page(String query) throws Exception {
        return mvc.perform(open("/audit" + query).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void pageListsNewestFirstWithReadableValues() throws Exception {
        String html = page("");
        assertThat(html).contains("3 entries");

        html = html.substring(html.indexOf("<tbody>"));
        assertThat(html.indexOf("Caller-ID test")).isLessThan(html.indexOf("Invoice"));
        assertThat(html.indexOf("Invoice")).isLessThan(html.indexOf("Changed"));
        assertThat(html).contains("Seats", "<del>12</del>", ">15<", "1,234.5", "Feb 1, 2025");
    }

    @Test
    void filtersByClient() throws Exception {
        String html = page("?client=" + roble);

        assertThat(html).contains("1 entry", "Caller-ID test").doesNotContain("Seats");
    }

    @Test
    void filtersByUser() throws Exception {
        String html = page("?user=" + ownerId);

        assertThat(html).contains("1 entry", "Seats");
    }

    @Test
    void filtersByKind() throws Exception {
        String html = page("?kind=INVOICE");

        assertThat(html).contains("1 entry", "F-1");
    }

    @Test
    void filtersByDateRangeWithBothEndsIncluded() throws Exception {
        String html = page("?from=2025-01-10&to=2025-02-10");

        assertThat(html).contains("2 entries", "Seats", "F-1").doesNotContain("=cmd");
    }

    @Test
    void unreadableDateIsReportedAndIgnored() throws Exception {
        String html = page("?from=tomorrow&kind=CLIENT");

        assertThat(html).contains("not a valid date", "1 entry", "value=\"tomorrow\"");
    }

    @Test
    void reversedRangeIsReportedAndIgnored() throws Exception {
        String html = page("?from=2025-03-01&to=2025-01-01");

        assertThat(html).contains("start date is after the end date", "3 entries");
    }

    @Test
    void nonsenseParametersStillShowTheTrail() throws Exception {
        String html = page("?client=abc&user=%00&kind=ZZZ&page=-4");

        assertThat(html).contains("3 entries");
    }

    @Test
    void emptyFilterResultSaysSo() throws Exception {
        String html = page("?kind=API_TOKEN");

        assertThat(html).contains("No entry matches these filters.");
    }

    @Test
    void pagesHoldFiftyEntries() throws Exception {
        for (int i = 0; i < 50; i++) {
            entry(LocalDate.of(2024, 12, 1), ownerId, "Olga Owner", "TIME_ENTRY", ruiz, "CREATED", null,
                    "{\"minutes\": " + (i + 1) + "}");
        }

        assertThat(page("")).contains("53 entries", "Page 1 of 2", "page=2");
        assertThat(page("?page=2")).contains("Page 2 of 2").contains("Time entry");
        assertThat(page("?page=99")).contains("Page 2 of 2");
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        mvc.perform(get("/audit").with(user("ana@example.com")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit.csv").with(user("ana@example.com")))
                .andExpect(status().isForbidden());
    }

    @Test
    void navigationLinksTheAuditOnlyForTheOwner() throws Exception {
        mvc.perform(open("/audit"))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/").with(user("ana@example.com")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }

    @Test
    void spanishExportUsesSpanishDialect() throws Exception {
        MockHttpServletResponse response = mvc.perform(open("/audit.csv?lang=es"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "criba-audit-");
        List<List<String>> rows = rows(response, ';');
        assertThat(rows.get(0)).containsExactly("Fecha y hora", "Usuario", "Id. de usuario", "Dirección remota",
                "Tipo de registro", "Id. de registro", "Cliente", "Id. de cliente", "Acción", "Antes", "Después");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(0)).isEqualTo("2025-03-10 12:00");
        assertThat(rows.get(1).get(4)).isEqualTo("Prueba del identificador de llamadas");
        assertThat(rows.get(1).get(6)).isEqualTo("'=Clínica Roble");
        assertThat(rows.get(1).get(10)).isEqualTo("Comentario: =cmd\nNivel: B");
        assertThat(rows.get(2).get(10)).contains("Importe: 1234,5");
        assertThat(rows.get(3).get(8)).isEqualTo("Modificado");
        assertThat(rows.get(3).get(9)).isEqualTo("Puestos: 12");
    }

    @Test
    void exportKeepsThePageFilters() throws Exception {
        MockHttpServletResponse response = mvc.perform(open("/audit.csv?lang=en&user=" + managerId + "&kind=INVOICE"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        List<List<String>> rows = rows(response, ',');
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("Ana Manager");
        assertThat(rows.get(1).get(10)).contains("Amount: 1234.5");
    }

    private static List<List<String>> rows(MockHttpServletResponse response, char delimiter) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        return format.parse(new StringReader(text)).getRecords().stream().map(record -> record.toList()).toList();
    }
}
