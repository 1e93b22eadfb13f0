package app.criba.system;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input in every form and API endpoint. Each request gets a 4xx response or a form with
 * field errors, or its value is stored and then shown harmlessly: escaped in pages, quoted and
 * defused in CSV exports and escaped in JSON. No request may end in a 5xx response.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String SQL = "'; drop table client; --";
    static final String FORMULA = "=HYPERLINK(\"http://127.0.0.1\",\"x\")";
    static final String RIGHT_TO_LEFT = "\u202eمرحبا بالعالم שלום 👍🏽 Ωmega";
    static final String HUGE = "x".repeat(100_000);
    static final String NUL = "before\u0000after";
    static final String BELL = "before\u0007after";

    /** Text values that a form may store: they must come back as typed, and escaped. */
    static final List<String> STORABLE_TEXTS = List.of(SCRIPT, ATTRIBUTE, SQL, FORMULA, RIGHT_TO_LEFT);

    /** Raw markup that must never appear unescaped in an HTML page. */
    static final List<String> MARKUP = List.of(SCRIPT, "<img src=x onerror=alert(1)>");

    static final List<String> AMOUNTS = List.of("-1", "0", "-0.001", "99999999999999999999999", "1e400", "NaN",
            "Infinity", "12,34", "1.234.567,89", " ", "abc");

    static final List<String> DATES = List.of("0000-01-01", "0001-01-01", "9999-12-31", "+10000-01-01",
            "-0001-01-01", "2025-02-30", "0000-01-01T00:00", "9999-12-31T23:59", "yesterday");

    static final List<String> IDS = List.of("999999", "-1", "0", "abc", "9223372036854775808", "1.5");

    static final Map<String, String> CLIENT = with(Map.of(), "name", "Hostile Ltd", "externalRef", "H-1",
            "contractType", "HYBRID", "seats", "12", "clientSince", "2019-03-01", "contactName", "Ana",
            "contactEmail", "ana@example.com", "letterLanguage", "es", "noticePeriodDays", "30", "status", "ACTIVE",
            "notes", "Notes", "accountManagerId", "");
    static final Map<String, String> INVOICE = with(Map.of(), "number", "H-007", "issueDate", "2025-01-10",
            "dueDate", "2025-02-09", "amount", "1200.00", "billingMethod", "PAPER", "kind", "PROJECT",
            "payments[0].paidOn", "2025-02-01", "payments[0].amount", "100.00");
    static final Map<String, String> INTERACTION = with(Map.of(), "occurredAt", "2025-03-04T22:15", "kind",
            "PHONE_CALL", "note", "Server room flooded");
    static final Map<String, String> TIME_ENTRY = with(Map.of(), "workedOn", "2025-03-04", "minutes", "45",
            "technician", "Luis", "note", "Printer");
    static final Map<String, String> DISPUTE = with(Map.of(), "invoiceId", "", "openedOn", "2025-04-02", "amount",
            "350.00", "reason", "Refuses the travel fee");
    static final Map<String, String> RESOLUTION = with(Map.of(), "outcome", "WRITTEN_OFF", "resolvedOn",
            "2025-05-10", "resolutionNote", "Never paid");
    static final Map<String, String> RECOMMENDATION = with(Map.of(), "proposedOn", "2025-02-01", "title",
            "Replace the backup system", "estimatedValue", "100.00");
    static final Map<String, String> ANSWER = with(Map.of(), "response", "CHEAPEST_OPTION", "respondedOn",
            "2025-05-20");
    static final Map<String, String> GUT_CHECK = with(Map.of(), "ratedOn", "2025-06-01", "grade", "D", "comment",
            "Calls at 10 pm");

    /** One form: its address, valid values, the table whose version it carries, and its fields by kind. */
    record Form(String url, Map<String, String> valid, String versionTable, List<String> texts,
            List<String> numbers, List<String> dates, List<String> ids) {

        @Override
        public String toString() {
            return url;
        }
    }

    static final List<Form> FORMS = List.of(
            new Form("/clients/new", CLIENT, null, List.of("name", "externalRef", "contactName", "contactEmail",
                    "notes"), List.of("seats", "noticePeriodDays"), List.of("clientSince"),
                    List.of("accountManagerId")),
            new Form("/clients/{client}/edit", CLIENT, "client:{client}", List.of("name", "externalRef", "contactName",
                    "notes"), List.of("seats", "noticePeriodDays"), List.of("clientSince"),
                    List.of("accountManagerId", "version")),
            new Form("/clients/{client}/invoices/new", INVOICE, null, List.of("number"),
                    List.of("amount", "payments[0].amount"), List.of("issueDate", "dueDate", "payments[0].paidOn"),
                    List.of()),
            new Form("/clients/{client}/invoices/{invoice}/edit", INVOICE, "invoice:{invoice}", List.of("number"),
                    List.of("amount", "payments[0].amount"), List.of("issueDate", "dueDate", "payments[0].paidOn"),
                    List.of("version")),
            new Form("/clients/{client}/interactions/new", INTERACTION, null, List.of("note"), List.of(),
                    List.of("occurredAt"), List.of()),
            new Form("/clients/{client}/time-entries/new", TIME_ENTRY, null, List.of("technician", "note"),
                    List.of("minutes", "hours"), List.of("workedOn"), List.of()),
            new Form("/clients/{client}/disputes/new", DISPUTE, null, List.of("reason"), List.of("amount"),
                    List.of("openedOn"), List.of("invoiceId")),
            new Form("/clients/{client}/disputes/{dispute}/resolve", RESOLUTION, "payment_dispute:{dispute}",
                    List.of("resolutionNote"), List.of(), List.of("resolvedOn"), List.of("version")),
            new Form("/clients/{client}/recommendations/new", RECOMMENDATION, null, List.of("title"),
                    List.of("estimatedValue"), List.of("proposedOn"), List.of()),
            new Form("/clients/{client}/recommendations/{recommendation}/answer", ANSWER,
                    "recommendation:{recommendation}", List.of(), List.of(), List.of("respondedOn"),
                    List.of("version")),
            new Form("/clients/{client}/gut-checks/new", GUT_CHECK, null, List.of("comment"), List.of(),
                    List.of("ratedOn"), List.of()));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    TestRows rows;
    Map<String, Long> ids;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        rows.owner();
        jdbc.update("update app_user set password_hash = ?", passwords.encode("owner-password-1"));
        long clientId = rows.client("Acme Dental");
        long otherClientId = rows.client("Other Client");
        ids = new LinkedHashMap<>();
        ids.put("client", clientId);
        ids.put("invoice", rows.invoice(clientId, "A-0001", LocalDate.of(2025, 1, 10), "1200.00"));
        ids.put("dispute", rows.dispute(clientId, LocalDate.of(2025, 4, 1)));
        ids.put("recommendation", rows.recommendation(clientId, LocalDate.of(2025, 2, 1)));
        ids.put("otherClient", otherClientId);
        ids.put("otherInvoice", rows.invoice(otherClientId, "B-0001", LocalDate.of(2025, 1, 10), "99.00"));
    }

    static Stream<Arguments> textValues() {
        return Stream.of(SCRIPT, ATTRIBUTE, SQL, FORMULA, RIGHT_TO_LEFT, HUGE, NUL, BELL)
                .map(value -> Arguments.of(describe(value), value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textValues")
    void hostileTextIsRejectedOrShownHarmlessly(String description, String value) throws Exception {
        boolean stored = false;
        for (Form form : FORMS) {
            for (String field : form.texts()) {
                MvcResult result = perform(form, field, value);
                assertThat(result.getResponse().getStatus()).as("%s %s", form, field).isLessThan(500);
                stored |= result.getResponse().getStatus() / 100 == 3;
            }
        }

        Surface surface = readSurface();
        for (String markup : MARKUP) {
            assertThat(surface.html()).as("raw markup in pages").doesNotContain(markup);
        }
        assertThat(surface.csvCells()).as("CSV cells that a spreadsheet would run")
                .noneMatch(cell -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"));
        if (STORABLE_TEXTS.contains(value)) {
            assertThat(stored).as("some form stored the value").isTrue();
            assertThat(HtmlUtils.htmlUnescape(surface.html())).as("value shown as typed").contains(value);
            assertThat(surface.jsonTexts()).as("value in the API as typed").anyMatch(text -> text.contains(value));
            assertThat(surface.csvCells()).as("value in the CSV exports")
                    .anyMatch(cell -> cell.equals(value) || cell.equals("'" + value));
        } else {
            assertThat(stored).as("a form stored an invalid value").isFalse();
        }
    }

    static Stream<Form> forms() {
        return FORMS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void oddNumberDateOrIdIsNoServerError(Form form) throws Exception {
        Map<String, List<String>> valuesByField = new LinkedHashMap<>();
        form.numbers().forEach(field -> valuesByField.put(field, AMOUNTS));
        form.dates().forEach(field -> valuesByField.put(field, DATES));
        form.ids().forEach(field -> valuesByField.put(field, IDS));

        for (Map.Entry<String, List<String>> field : valuesByField.entrySet()) {
            for (String value : field.getValue()) {
                MvcResult result = perform(form, field.getKey(), value);

                assertThat(result.getResponse().getStatus()).as("%s=%s", field.getKey(), value).isLessThan(500);
                if (result.getResponse().getStatus() / 100 == 3) {
                    read(open(fill("/clients/{client}")));
                }
            }
        }
    }

    @Test
    void anotherClientsInvoiceInDisputeIsFieldError() throws Exception {
        MvcResult result = mvc.perform(submit(with(DISPUTE, "invoiceId", String.valueOf(ids.get("otherInvoice"))),
                "/clients/{c}/disputes/new", ids.get("client"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(rows.count("payment_dispute")).isEqualTo(1);
    }

    static Stream<Arguments> foreignOrUnknownAddresses() {
        return Stream.of(
                Arguments.of("GET", "/clients/{otherInvoice}/invoices/{invoice}/edit"),
                Arguments.of("GET", "/clients/{client}/invoices/{otherInvoice}/edit"),
                Arguments.of("POST", "/clients/{client}/invoices/{otherInvoice}/edit"),
                Arguments.of("GET", "/clients/{otherClient}/disputes/{dispute}/resolve"),
                Arguments.of("POST", "/clients/{otherClient}/disputes/{dispute}/resolve"),
                Arguments.of("GET", "/clients/{otherClient}/recommendations/{recommendation}/answer"),
                Arguments.of("POST", "/clients/{otherClient}/recommendations/{recommendation}/answer"),
                Arguments.of("GET", "/clients/999999"),
                Arguments.of("GET", "/clients/-1/edit"),
                Arguments.of("GET", "/clients/abc"),
                Arguments.of("GET", "/clients/9223372036854775808"),
                Arguments.of("POST", "/clients/999999/interactions/new"),
                Arguments.of("POST", "/clients/999999/gut-checks/new"),
                Arguments.of("GET", "/clients/999999/invoices.csv"),
                Arguments.of("GET", "/clients/{client}/nothing.csv"),
                Arguments.of("GET", "/imports/runs/999999"),
                Arguments.of("POST", "/imports/runs/999999/undo"),
                Arguments.of("GET", "/imports/uploads/not-a-token"),
                Arguments.of("GET", "/imports/uploads/..%2F..%2Fetc%2Fpasswd"));
    }

    /** Checks that an unknown upload leads back to the upload page with the expired message, or gets a 4xx. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("foreignOrUnknownAddresses")
    void foreignOrUnknownIdIsRejected(String method, String url) throws Exception {
        String address = fill(url);
        MockHttpServletRequestBuilder request = method.equals("GET") ? open(address) : submit(address);

        MvcResult result = mvc.perform(request).andReturn();

        if (url.startsWith("/imports/uploads/") && result.getResponse().getStatus() == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/imports/new");
            assertThat(result.getFlashMap().get("failure")).isEqualTo("import.upload.expired");
        } else {
            assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        }
    }

    static Stream<Arguments> apiAddresses() {
        return Stream.of("/api/v1/portfolio?asOf=0000-01-01", "/api/v1/portfolio?asOf=9999-12-31",
                "/api/v1/portfolio?asOf=abc", "/api/v1/portfolio?grade=Z", "/api/v1/portfolio?sort=drop&dir=x",
                "/api/v1/portfolio?q=" + SCRIPT, "/api/v1/portfolio?q=%00", "/api/v1/portfolio?manager=abc",
                "/api/v1/portfolio?contractType=%27", "/api/v1/clients/999999/scorecard",
                "/api/v1/clients/abc/scorecard", "/api/v1/clients/{client}/scorecard?asOf=9999-12-31",
                "/api/v1/clients/{client}/invoices?asOf=0000-01-01", "/api/v1/clients/999999/payments",
                "/api/v1/imports/999999", "/api/v1/imports/abc", "/api/v1/imports?limit=-1",
                "/?q=" + SCRIPT, "/?asOf=9999-12-31", "/?asOf=0000-01-01", "/?page=-5&size=1000000",
                "/portfolio.csv?asOf=0000-01-01", "/clients/{client}?asOf=9999-12-31")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiAddresses")
    void oddQueryIsNoServerError(String url) throws Exception {
        MvcResult result = mvc.perform(get(fill(url)).with(httpBasic(TestRows.USER_EMAIL, "owner-password-1")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isLessThan(500);
        assertThat(result.getResponse().getContentAsString()).doesNotContain(SCRIPT);
    }

    @Test
    void formWithoutCsrfTokenIsForbidden() throws Exception {
        MockHttpServletRequestBuilder request = post("/clients/new").with(user(TestRows.USER_EMAIL));
        CLIENT.forEach(request::param);

        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(rows.count("client")).isEqualTo(2);
    }

    /** A form reads no JSON body, so it shows its fields as missing and stores nothing. */
    @Test
    void formSentAsJsonStoresNothing() throws Exception {
        MvcResult result = mvc.perform(post("/clients/new").with(user(TestRows.USER_EMAIL)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Json Ltd\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getModelAndView().getModel()).containsKey("org.springframework.validation.BindingResult.form");
        assertThat(rows.count("client")).isEqualTo(2);
    }

    @Test
    void importWithWrongContentTypeIsRejected() throws Exception {
        for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.IMAGE_PNG)) {
            MvcResult result = mvc.perform(post("/api/v1/imports/invoices")
                    .with(httpBasic(TestRows.USER_EMAIL, "owner-password-1")).contentType(type)
                    .content("{}".getBytes(StandardCharsets.UTF_8))).andReturn();

            assertThat(result.getResponse().getStatus()).as(type.toString()).isBetween(400, 499);
        }
        assertThat(rows.count("import_run")).isZero();
    }

    @Test
    void importOfHostileFileShowsValuesHarmlessly() throws Exception {
        String file = "Customer,Invoice No,Invoice Date,Due Date,Amount\n"
                + csvCell(SCRIPT) + "," + csvCell(ATTRIBUTE) + ",2025-01-05,2025-02-05,100.00\n"
                + csvCell(RIGHT_TO_LEFT) + "," + csvCell(FORMULA) + ",2025-01-05,2025-02-05,-50.00\n"
                + csvCell(SQL) + ",X-1,0000-01-01,9999-12-31,1e400\n";

        MvcResult result = mvc.perform(post("/api/v1/imports/invoices?fileName=" + SCRIPT)
                .with(httpBasic(TestRows.USER_EMAIL, "owner-password-1")).contentType("text/csv")
                .content(file.getBytes(StandardCharsets.UTF_8))).andReturn();

        assertThat(result.getResponse().getStatus()).isBetween(200, 499);
        json.readTree(result.getResponse().getContentAsString());
        assertThat(mvc.perform(open("/imports")).andReturn().getResponse().getContentAsString())
                .doesNotContain(SCRIPT);
        assertThat(readSurface().html()).doesNotContain(SCRIPT);
    }

    @Test
    void loginWithNulIsPlainFailure(CapturedOutput output) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", NUL).param("password", NUL))
                .andReturn();

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(output.getAll()).doesNotContain("invalid byte sequence");
    }

    @Test
    void loginAndSetupSurviveHostileValues() throws Exception {
        for (String value : List.of(SCRIPT, SQL, HUGE, NUL, RIGHT_TO_LEFT)) {
            MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", value).param("password", value))
                    .andReturn();
            MvcResult setup = mvc.perform(post("/setup").with(csrf()).param("setupCode", value)
                    .param("email", value).param("displayName", value).param("password", value)).andReturn();

            assertThat(login.getResponse().getStatus()).as("login").isLessThan(500);
            assertThat(setup.getResponse().getStatus()).as("setup").isLessThan(500);
        }
    }

    @Test
    void modelWithOddNumbersIsNoServerError() throws Exception {
        for (String value : AMOUNTS) {
            MockHttpServletRequestBuilder request = submit("/model").param("windowMonths", value)
                    .param("loadedHourlyCost", value).param("thresholdA", value).param("weightGut", value);

            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(value).isLessThan(500);
        }
    }

    private MvcResult perform(Form form, String field, String value) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form.valid());
        if (form.versionTable() != null) {
            String[] tableAndId = fill(form.versionTable()).split(":");
            fields.put("version", String.valueOf(rows.version(tableAndId[0], Long.parseLong(tableAndId[1]))));
        }
        fields.put(field, value);
        return mvc.perform(submit(fields, fill(form.url()))).andReturn();
    }

    /** What a reader sees of the stored records: the pages, the CSV exports and the API responses. */
    record Surface(String html, List<String> csvCells, List<String> jsonTexts) {
    }

    private Surface readSurface() throws Exception {
        StringBuilder html = new StringBuilder();
        for (String page : List.of("/", "/clients/{client}", "/clients/{client}/edit",
                "/clients/{client}/invoices/{invoice}/edit", "/clients/{client}/recommendations/{recommendation}/answer",
                "/imports")) {
            html.append(read(open(fill(page))));
        }
        List<String> cells = new ArrayList<>();
        List<String> lists = List.of("invoices", "payments", "time-entries", "interactions", "disputes",
                "recommendations", "gut-checks");
        cells.addAll(csvCells(read(open("/portfolio.csv"))));
        for (String list : lists) {
            cells.addAll(csvCells(read(open(fill("/clients/{client}/" + list + ".csv")))));
        }
        List<String> texts = new ArrayList<>();
        jsonTexts(json.readTree(read(open("/api/v1/portfolio"))), texts);
        for (String list : lists) {
            jsonTexts(json.readTree(read(open(fill("/api/v1/clients/{client}/" + list)))), texts);
        }
        return new Surface(html.toString(), cells, texts);
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isLessThan(500);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> csvCells(String text) throws Exception {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        char delimiter = body.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(body))) {
            record.forEach(cells::add);
        }
        return cells;
    }

    private static void jsonTexts(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        }
        node.values().forEach(child -> jsonTexts(child, texts));
    }

    private String fill(String template) {
        String filled = template;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return filled;
    }

    private static String csvCell(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.length() + " characters" : value;
        return shown.replace("\u0000", "NUL").replace("\u0007", "BEL");
    }
}
