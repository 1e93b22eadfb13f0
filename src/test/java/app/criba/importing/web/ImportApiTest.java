package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.importing.web.ImportSteps.API_OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.criba.account.Users;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportMapping;
import app.criba.importing.RunStatus;
import app.criba.importing.SavedMappings;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/** The import API on PostgreSQL: CSV bodies and uploads, JSON mappings, dry runs, the run reports and undo. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportApiTest {

    /** Billing methods written as codes, which the guess reads as OTHER, so only a value table gives their meaning. */
    private static final String CODED_FILE = """
            customer,invoice number,invoice date,amount,delivery
            ACME,F-1,2024-01-31,100.00,P
            ACME,F-2,2024-02-29,250.00,E
            Globex,F-1,2024-02-15,80.50,P
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportJobs jobs;

    @Autowired
    SavedMappings savedMappings;

    @Autowired
    MessageSource messages;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    private static MockHttpServletRequestBuilder csvBody(String path, String text) {
        return post(path).contentType("text/csv").content(utf8(text)).with(API_OWNER);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, String text) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        request.file(new MockMultipartFile("file", "facturas.csv", "text/csv", utf8(text)));
        request.with(API_OWNER);
        return request;
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void csvBodyImportsInvoices() throws Exception {
        MvcResult result = mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE)
                        .param("fileName", "facturas-enero.csv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.kind").value("invoices"))
                .andExpect(jsonPath("$.fileName").value("facturas-enero.csv"))
                .andExpect(jsonPath("$.rowsRead").value(4))
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.clientsCreated").value(2))
                .andExpect(jsonPath("$.otherRecordsCreated.payments").value(1))
                .andExpect(jsonPath("$.otherRecordsCreated.disputes").value(2))
                .andExpect(jsonPath("$.errorCount").value(0))
                .andExpect(jsonPath("$.mapping.columns.client").value("Cliente"))
                .andExpect(jsonPath("$.mapping.dateFormat").value("d/M/yyyy"))
                .andReturn();

        assertThat(body(result).get("id").asLong()).isPositive();
        assertThat(count(jdbc, "invoice")).isEqualTo(4);
        assertThat(count(jdbc, "payment")).isEqualTo(1);
    }

    @Test
    void multipartUploadImportsInvoices() throws Exception {
        mvc.perform(upload("/api/v1/imports/invoices", SPANISH_FILE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.fileName").value("facturas.csv"))
                .andExpect(jsonPath("$.created").value(4));

        assertThat(count(jdbc, "invoice")).isEqualTo(4);
        assertThat(count(jdbc, "client")).isEqualTo(2);
    }

    @Test
    void secondImportSkipsEverything() throws Exception {
        mvc.perform(upload("/api/v1/imports/invoices", SPANISH_FILE)).andExpect(status().isOk());

        mvc.perform(upload("/api/v1/imports/invoices", SPANISH_FILE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.skipped").value(4))
                .andExpect(jsonPath("$.clientsCreated").value(0));

        assertThat(count(jdbc, "invoice")).isEqualTo(4);
    }

    @Test
    void mappingJsonWithValueTables() throws Exception {
        String mapping = """
                {"columns": {"client": "customer", "number": "invoice number", "issueDate": "invoice date",
                             "amount": "amount", "billingMethod": "delivery"},
                 "values": {"billingMethod": {"P": "PAPER", "E": "direct-debit"}},
                 "dateFormat": "yyyy-MM-dd", "decimalSeparator": ".", "contractType": "break-fix"}
                """;

        mvc.perform(upload("/api/v1/imports/invoices", CODED_FILE)
                        .file(new MockMultipartFile("mapping", "", MediaType.APPLICATION_JSON_VALUE, utf8(mapping))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.mapping.values.billingMethod.p").value("PAPER"));

        assertThat(jdbc.queryForList("select billing_method from invoice order by client_id, number", String.class))
                .containsExactly("PAPER", "DIRECT_DEBIT", "PAPER");
        assertThat(jdbc.queryForList("select distinct contract_type from client", String.class))
                .containsExactly("BREAK_FIX");
    }

    @Test
    void unknownYesNoTextNeedsValueTable() throws Exception {
        String file = """
                customer,invoice number,invoice date,amount,disputed
                ACME,F-1,2024-01-31,100.00,no
                ACME,F-2,2024-02-29,250.00,quizá
                """;

        mvc.perform(upload("/api/v1/imports/invoices", file).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("disputed"))
                .andExpect(jsonPath("$.errors[0].value").value("quizá"))
                .andExpect(jsonPath("$.errors[0].code").value("import.error.yesNoInvalid"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        messages.getMessage("import.error.yesNoInvalid", null, Locale.ENGLISH)));
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());

        mvc.perform(upload("/api/v1/imports/invoices", file)
                        .param("mapping", "{\"values\": {\"disputed\": {\"Quizá\": true}}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.otherRecordsCreated.disputes").value(1));
        assertThat(count(jdbc, "payment_dispute")).isEqualTo(1);
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        MvcResult result = mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE).param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHECKED"))
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.clientsCreated").value(2))
                .andExpect(jsonPath("$.otherRecordsCreated.payments").value(1))
                .andReturn();

        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        long id = body(result).get("id").asLong();
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(RunStatus.CHECKED);
    }

    @Test
    void unknownKindIsNotFound() throws Exception {
        mvc.perform(csvBody("/api/v1/imports/widgets", SPANISH_FILE)).andExpect(status().isNotFound());
        mvc.perform(upload("/api/v1/imports/widgets", SPANISH_FILE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/{id}", 999_999).with(API_OWNER)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/imports/{id}/undo", 999_999).with(API_OWNER)).andExpect(status().isNotFound());

        assertThat(count(jdbc, "import_run")).isZero();
    }

    @Test
    void badMappingJsonIsRejected() throws Exception {
        mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE).param("mapping", "{\n  \"columns\": {<x>}}")
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.errors[0].code").value("import.api.mappingInvalid"))
                .andExpect(jsonPath("$.errors[0].message").value(messages.getMessage("import.api.mappingInvalid",
                        new Object[] { "2", "15" }, ImportSteps.SPANISH)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JSON")));
        mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE).param("mapping", "[1]")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.mappingNotObject"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The mapping must be a JSON object, written between braces."));
        mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE)
                        .param("mapping", "{\"colums\": {}, \"columns\": {\"colour\": \"Cliente\"}, \"termsDays\": -4}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("import.api.unknownField")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("The mapping names an unknown field: \"colums\".")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("The mapping names an unknown field: \"columns.colour\".")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Invalid value for \"termsDays\": \"-4\".")));

        assertThat(count(jdbc, "import_run")).isZero();
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
    }

    @Test
    void unknownPresetOrSavedMappingIsRejected() throws Exception {
        mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE).param("preset", "no-such-tool")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.presetUnknown"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no preset \"no-such-tool\" for this kind of records."));
        mvc.perform(upload("/api/v1/imports/invoices", SPANISH_FILE).param("savedMapping", "Nuestro ERP")
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.savedMappingUnknown"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        messages.getMessage("import.api.savedMappingUnknown", new Object[] { "Nuestro ERP" },
                                ImportSteps.SPANISH)));

        assertThat(count(jdbc, "import_run")).isZero();
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
    }

    @Test
    void savedMappingByNameIsUsed() throws Exception {
        ImportMapping saved = ImportMapping.empty(ImportKind.INVOICES).withColumns(Map.of("client",
                "customer", "number", "invoice number", "issueDate", "invoice date", "amount", "amount",
                "billingMethod", "delivery")).withValues(Map.of("billingMethod",
                        Map.of("P", "PAPER", "E", "ELECTRONIC"))).withReading("yyyy-MM-dd", '.');
        savedMappings.save("Nuestro ERP", saved, null);

        mvc.perform(upload("/api/v1/imports/invoices", CODED_FILE).param("savedMapping", "nuestro erp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));

        assertThat(jdbc.queryForList("select billing_method from invoice order by client_id, number", String.class))
                .containsExactly("PAPER", "ELECTRONIC", "PAPER");
    }

    @Test
    void runIsReportedAndListed() throws Exception {
        long id = body(mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE)).andExpect(status().isOk())
                .andReturn()).get("id").asLong();

        mvc.perform(get("/api/v1/imports/{id}", id).with(API_OWNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.percentDone").value(100))
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.startedBy").value("Olga Owner"));
        mvc.perform(get("/api/v1/imports").with(API_OWNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].status").value("IMPORTED"));
    }

    @Test
    void undoDeletesWhatRunCreated() throws Exception {
        long id = body(mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE)).andExpect(status().isOk())
                .andReturn()).get("id").asLong();

        mvc.perform(post("/api/v1/imports/{id}/undo", id).with(API_OWNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDONE"))
                .andExpect(jsonPath("$.undoneAt").isNotEmpty());

        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        mvc.perform(post("/api/v1/imports/{id}/undo", id).with(API_OWNER).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("undo_blocked"))
                .andExpect(jsonPath("$.blockers[0].code").value("import.undo.notImported"));
    }

    @Test
    void undoAfterEditIsConflict() throws Exception {
        long id = body(mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE)).andExpect(status().isOk())
                .andReturn()).get("id").asLong();
        jdbc.update("update invoice set amount = 999.00, version = version + 1 where number = '0002'");

        mvc.perform(post("/api/v1/imports/{id}/undo", id).with(API_OWNER).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.error").value("undo_blocked"))
                .andExpect(jsonPath("$.blockers[0].code").value("import.undo.editedInvoices"))
                .andExpect(jsonPath("$.blockers[0].count").value(1))
                .andExpect(jsonPath("$.blockers[0].message")
                        .value("One invoice created by this import was changed since."));

        assertThat(count(jdbc, "invoice")).isEqualTo(4);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(RunStatus.IMPORTED);
    }

    @Test
    void dryRunCannotBeUndone() throws Exception {
        long id = body(mvc.perform(csvBody("/api/v1/imports/invoices", SPANISH_FILE).param("dryRun", "true"))
                .andExpect(status().isOk()).andReturn()).get("id").asLong();

        mvc.perform(post("/api/v1/imports/{id}/undo", id).with(API_OWNER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.blockers[0].code").value("import.undo.notImported"));
    }

    @Test
    void anonymousCallsAreUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/imports/invoices").contentType("text/csv").content(utf8(SPANISH_FILE)))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "f.csv", "text/csv", utf8(SPANISH_FILE))))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/imports/invoices").contentType("text/csv").content(utf8(SPANISH_FILE))
                        .with(httpBasic(TestUsers.OWNER_EMAIL, "wrong password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/imports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/imports/{id}", 1)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/imports/{id}/undo", 1)).andExpect(status().isUnauthorized());

        assertThat(count(jdbc, "import_run")).isZero();
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
    }
}
