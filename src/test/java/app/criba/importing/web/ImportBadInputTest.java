package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.importing.web.ImportSteps.API_OWNER;
import static app.criba.importing.web.ImportSteps.OWNER;
import static app.criba.importing.web.ImportSteps.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.criba.account.Users;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportRun;
import app.criba.importing.RunStatus;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/**
 * Files that must not be imported, sent through the API and through the page: each gets a 4xx
 * from the API or a page with the problem, a message in the reader's language, and no record.
 * Files over the size limit are in {@link UploadLimitTest}, which needs a real server.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ImportBadInputTest {

    private static final String HEADER = "Cliente;Número de factura;Fecha;Vencimiento;Importe;Fecha de cobro;"
            + "Disputada;Envío\n";
    private static final String GOOD_ROW = "ACME;0001;05/01/2024;04/02/2024;1.355,90;10/02/2024;Sí;Papel\n";
    private static final String LAST_ROW = "Globex;0003;15/01/2024;14/02/2024;80;;Sí;Papel\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportJobs jobs;

    @Autowired
    MessageSource messages;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    ImportSteps steps;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        steps = new ImportSteps(mvc, jobs, messages);
    }

    /** Returns an invoice file with a good row, the bad row on line 3, and one more good row on line 4. */
    private static byte[] withRow(String badRow) {
        return utf8(HEADER + GOOD_ROW + badRow + "\n" + LAST_ROW);
    }

    /** Posts the invoice file to the API as a CSV body and returns the problems of the response, in Spanish. */
    private JsonNode apiRejects(byte[] content, int expectedStatus) throws Exception {
        return apiRejects(content, expectedStatus, "invoices");
    }

    private JsonNode apiRejects(byte[] content, int expectedStatus, String kindPath) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/imports/" + kindPath).contentType("text/csv")
                        .content(content).header("Accept-Language", "es").with(API_OWNER))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        return json.readTree(response.getContentAsString()).get("errors");
    }

    private static List<String> codes(JsonNode errors) {
        List<String> codes = new ArrayList<>();
        errors.forEach(error -> codes.add(error.get("code").asString()));
        return codes;
    }

    /** Returns the first problem of the list with this code. */
    private static JsonNode problem(JsonNode errors, String code) {
        for (JsonNode error : errors) {
            if (code.equals(error.get("code").asString())) {
                return error;
            }
        }
        throw new AssertionError("No problem " + code + " in " + errors);
    }

    /**
     * Takes the file through the page as far as it goes, and returns the HTML of the page that
     * shows its problem: the upload page, the mapping page, or the page of the rejected check.
     */
    private String pageRejects(String fileName, byte[] content, Locale locale) throws Exception {
        Cookie language = new Cookie("criba-lang", locale.getLanguage());
        MvcResult uploaded = mvc.perform(multipart("/imports/new")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("kind", "INVOICES").param("source", "").cookie(language).with(csrf()).with(OWNER))
                .andReturn();
        assertThat(uploaded.getResponse().getStatus()).isLessThan(500);
        if (uploaded.getResponse().getStatus() == 200) {
            return uploaded.getResponse().getContentAsString();
        }
        String mappingUrl = uploaded.getResponse().getRedirectedUrl();
        MvcResult mapping = mvc.perform(get(URI.create(mappingUrl)).cookie(language).with(OWNER)).andReturn();
        assertThat(mapping.getResponse().getStatus()).isEqualTo(200);
        if (mapping.getModelAndView().getModel().get("fileError") != null) {
            assertThat(count(jdbc, "import_run")).isZero();
            return mapping.getResponse().getContentAsString();
        }
        MappingForm form = (MappingForm) mapping.getModelAndView().getModel().get("form");
        form.setCreateClients(true);
        form.setDateFormat("d/M/yyyy");
        long runId = steps.startCheck(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form);
        ImportRun run = steps.finished(runId);
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        String page = mvc.perform(get("/imports/runs/{id}", runId).cookie(language).with(OWNER)).andReturn()
                .getResponse().getContentAsString();
        mvc.perform(post("/imports/runs/{id}/import", runId).with(csrf()).with(OWNER));
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        return page;
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        JsonNode errors = apiRejects(new byte[0], 400);

        assertThat(codes(errors)).containsExactly("import.file.empty");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("El archivo está vacío.");
        assertThat(pageRejects("vacío.csv", new byte[0], SPANISH)).contains(steps.html(SPANISH, "import.file.empty"));
        assertThat(pageRejects("empty.csv", new byte[0], Locale.ENGLISH))
                .contains(steps.html(Locale.ENGLISH, "import.file.empty"));
    }

    @Test
    void emptyUploadPartIsRejected() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "vacío.csv", "text/csv", new byte[0]))
                        .header("Accept-Language", "es").with(API_OWNER))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("import.file.empty", "El archivo está vacío.");
    }

    @Test
    void blankFileIsRejected() throws Exception {
        assertThat(codes(apiRejects(utf8(" \r\n\n  \n"), 400))).containsExactly("import.file.empty");
        assertThat(pageRejects("blanco.csv", utf8(" \r\n\n  \n"), SPANISH))
                .contains(steps.html(SPANISH, "import.file.empty"));
    }

    @Test
    void headerOnlyIsRejected() throws Exception {
        JsonNode errors = apiRejects(utf8(HEADER), 400);

        assertThat(codes(errors)).containsExactly("import.file.noRows");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo(steps.text(SPANISH, "import.file.noRows"));
        assertThat(pageRejects("cabecera.csv", utf8(HEADER), SPANISH))
                .contains(steps.html(SPANISH, "import.file.noRows"));
    }

    @Test
    void pngRenamedToCsvIsRejected() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
                1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0 };

        JsonNode errors = apiRejects(png, 400);

        assertThat(codes(errors)).containsExactly("import.file.notText");
        assertThat(errors.get(0).get("message").asString()).isEqualTo(steps.text(SPANISH, "import.file.notText"));
        assertThat(pageRejects("foto.csv", png, SPANISH)).contains(steps.html(SPANISH, "import.file.notText"));
    }

    @Test
    void zipRenamedToCsvIsRejected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("facturas.csv"));
            zip.write(utf8(SPANISH_FILE));
            zip.closeEntry();
        }
        byte[] zipped = bytes.toByteArray();

        assertThat(codes(apiRejects(zipped, 400))).containsExactly("import.file.notText");
        assertThat(pageRejects("facturas.csv", zipped, Locale.ENGLISH))
                .contains(steps.html(Locale.ENGLISH, "import.file.notText"));
    }

    @Test
    void rowWithTooManyFieldsIsRejected() throws Exception {
        byte[] file = withRow("ACME;0002;05/02/2024;06/03/2024;200,00;;No;Electrónica;Madrid;28001");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.extraValues");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("value").asString()).isEqualTo("Madrid, 28001");
        assertThat(problem.get("message").asString())
                .isEqualTo(steps.text(SPANISH, "import.error.extraValues", "8", "10"));
        assertThat(pageRejects("facturas.csv", file, SPANISH))
                .contains(steps.html(SPANISH, "import.error.extraValues", "8", "10"), "<code>Madrid, 28001</code>");
    }

    @Test
    void rowWithTooFewFieldsIsRejected() throws Exception {
        byte[] file = withRow("ACME;0002;05/02/2024");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.missingValues");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("message").asString())
                .isEqualTo(steps.text(SPANISH, "import.error.missingValues", "8", "3"));
        assertThat(pageRejects("facturas.csv", file, Locale.ENGLISH))
                .contains(steps.html(Locale.ENGLISH, "import.error.missingValues", "8", "3"));
    }

    @Test
    void unclosedQuoteIsRejected() throws Exception {
        byte[] file = withRow("\"ACME;0002;05/02/2024;06/03/2024;200,00;;No;Electrónica");

        JsonNode errors = apiRejects(file, 400);

        assertThat(codes(errors)).containsExactly("import.file.malformed");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo(steps.text(SPANISH, "import.file.malformed", "3"));
        assertThat(pageRejects("comillas.csv", file, SPANISH))
                .contains(steps.html(SPANISH, "import.file.malformed", "3"));
    }

    @Test
    void impossibleDateIsRejected() throws Exception {
        byte[] file = withRow("ACME;0002;31/02/2024;06/03/2024;200,00;;No;Electrónica");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.dateInvalid");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asString()).isEqualTo("Fecha");
        assertThat(problem.get("value").asString()).isEqualTo("31/02/2024");
        assertThat(problem.get("message").asString()).isEqualTo("No es una fecha válida en el formato d/M/yyyy.");
        assertThat(pageRejects("facturas.csv", file, SPANISH))
                .contains("<code>31/02/2024</code>", "No es una fecha válida en el formato d/M/yyyy.");
    }

    @Test
    void amountOutOfDoubleRangeIsRejected() throws Exception {
        byte[] file = withRow("ACME;0002;05/02/2024;06/03/2024;1e309;;No;Electrónica");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.amountInvalid");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asString()).isEqualTo("Importe");
        assertThat(problem.get("value").asString()).isEqualTo("1e309");
        assertThat(problem.get("message").asString()).isEqualTo(steps.text(SPANISH, "import.error.amountInvalid"));
        assertThat(pageRejects("facturas.csv", file, SPANISH))
                .contains("<code>1e309</code>", steps.html(SPANISH, "import.error.amountInvalid"));
    }

    @Test
    void amountWithSeveralDecimalCommasIsRejected() throws Exception {
        byte[] file = withRow("ACME;0002;05/02/2024;06/03/2024;12,34,56;;No;Electrónica");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.amountInvalid");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("value").asString()).isEqualTo("12,34,56");
        assertThat(pageRejects("facturas.csv", file, Locale.ENGLISH))
                .contains("<code>12,34,56</code>", steps.html(Locale.ENGLISH, "import.error.amountInvalid"));
    }

    @Test
    void badGroupingWithDecimalPointIsRejected() throws Exception {
        String file = "Client,Invoice number,Date,Amount\nACME,1,2024-01-05,\"12,34,56\"\n";

        JsonNode problem = problem(apiRejects(utf8(file), 400), "import.error.amountInvalid");

        assertThat(problem.get("value").asString()).isEqualTo("12,34,56");
    }

    @Test
    void clientNameOfTenThousandCharactersIsRejected() throws Exception {
        String name = "A".repeat(10_000);
        byte[] file = withRow(name + ";0002;05/02/2024;06/03/2024;200,00;;No;Electrónica");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.tooLong");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asString()).isEqualTo("Cliente");
        assertThat(problem.get("message").asString()).isEqualTo(steps.text(SPANISH, "import.error.tooLong", "200"));
        assertThat(pageRejects("facturas.csv", file, SPANISH))
                .contains(steps.html(SPANISH, "import.error.tooLong", "200"));
    }

    @Test
    void clientNameWithEscapeIsRejected() throws Exception {
        byte[] file = withRow("AC\u001BME;0002;05/02/2024;06/03/2024;200,00;;No;Electrónica");

        JsonNode problem = problem(apiRejects(file, 400), "import.error.controlCharacter");

        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asString()).isEqualTo("Cliente");
        assertThat(problem.get("value").asString()).isEqualTo("AC\u241BME");
        assertThat(problem.get("message").asString())
                .isEqualTo(steps.text(SPANISH, "import.error.controlCharacter"));
        assertThat(pageRejects("facturas.csv", file, SPANISH))
                .contains(steps.html(SPANISH, "import.error.controlCharacter"));
    }

    @Test
    void nulInFirstBytesMakesFileBinary() throws Exception {
        byte[] file = withRow("ACME\u0000;0002;05/02/2024;06/03/2024;200,00;;No;Electrónica");

        assertThat(codes(apiRejects(file, 400))).containsExactly("import.file.notText");
        assertThat(pageRejects("facturas.csv", file, SPANISH)).contains(steps.html(SPANISH, "import.file.notText"));
    }

    @Test
    void nulAfterDetectedSampleIsRowProblem() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int number = 1; number <= 2_000; number++) {
            text.append("ACME;").append(number).append(";15/01/2024;14/02/2024;100,00;;No;Papel\n");
        }
        text.append("AC\u0000ME;5000;15/01/2024;14/02/2024;100,00;;No;Papel\n");
        assertThat(text.length()).isGreaterThan(64 * 1024);

        JsonNode errors = apiRejects(utf8(text.toString()), 400);

        assertThat(codes(errors)).containsExactly("import.error.controlCharacter");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2_002);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("Cliente");
        assertThat(errors.get(0).get("value").asString()).isEqualTo("AC\u2400ME");
    }

    @Test
    void quotedLineBreakIsOneValue() throws Exception {
        String file = "Name;External ref;Notes;Client since\n"
                + "ACME;C-1;\"Calls at night.\nPrefers e-mail.\r\nPays late\";01/02/2020\n"
                + "\"Globex\nIbérica\";C-2;;15/03/2021\n"
                + "Initech;C-3;ok;31/02/2021\n";

        JsonNode problem = problem(apiRejects(utf8(file), 400, "clients"),
                "import.error.dateInvalid");

        assertThat(problem.get("line").asInt()).isEqualTo(7);
        assertThat(problem.get("value").asString()).isEqualTo("31/02/2021");

        MockHttpServletResponse imported = mvc.perform(post("/api/v1/imports/clients").contentType("text/csv")
                        .content(utf8(file.replace("31/02/2021", "28/02/2021"))).with(API_OWNER))
                .andReturn().getResponse();
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select notes from client where external_ref = 'C-1'", String.class))
                .isEqualTo("Calls at night.\nPrefers e-mail.\r\nPays late");
        assertThat(jdbc.queryForObject("select name from client where external_ref = 'C-2'", String.class))
                .isEqualTo("Globex\nIbérica");
        assertThat(count(jdbc, "client")).isEqualTo(3);
    }
}
