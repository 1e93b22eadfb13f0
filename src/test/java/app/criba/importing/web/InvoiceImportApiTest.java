package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.support.TestUsers.OWNER_EMAIL;
import static app.criba.support.TestUsers.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import app.criba.account.Users;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class InvoiceImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    private static MockMultipartHttpServletRequestBuilder importRequest(String text) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports/invoices");
        request.file(new MockMultipartFile("file", "facturas.csv", "text/csv", utf8(text)));
        request.with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD));
        return request;
    }

    @Test
    void importsWithGuessedMapping() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.clientsCreated").value(2))
                .andExpect(jsonPath("$.invoicesCreated").value(4))
                .andExpect(jsonPath("$.invoicesUpdated").value(0))
                .andExpect(jsonPath("$.invoicesSkipped").value(0))
                .andExpect(jsonPath("$.paymentsCreated").value(1))
                .andExpect(jsonPath("$.disputesCreated").value(2))
                .andExpect(jsonPath("$.mapping.columns.client").value("Cliente"))
                .andExpect(jsonPath("$.mapping.dateFormat").value("d/M/yyyy"))
                .andExpect(jsonPath("$.mapping.delimiter").value("SEMICOLON"));

        assertThat(count(jdbc, "invoice")).isEqualTo(4);
    }

    @Test
    void secondImportThroughApiSkipsEverything() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE)).andExpect(status().isOk());

        mvc.perform(importRequest(SPANISH_FILE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clientsCreated").value(0))
                .andExpect(jsonPath("$.invoicesCreated").value(0))
                .andExpect(jsonPath("$.invoicesSkipped").value(4))
                .andExpect(jsonPath("$.paymentsCreated").value(0))
                .andExpect(jsonPath("$.disputesCreated").value(0));
    }

    @Test
    void takesMappingAsJsonPart() throws Exception {
        String mapping = """
                {"columns": {"client": "Cliente", "number": "Número de factura", "disputed": null,
                             "billingMethod": ""},
                 "dateFormat": "dd/MM/yyyy", "delimiter": "semicolon", "contractType": "hybrid",
                 "defaultBillingMethod": "PAPER"}
                """;

        mvc.perform(importRequest(SPANISH_FILE)
                        .file(new MockMultipartFile("mapping", "", MediaType.APPLICATION_JSON_VALUE, utf8(mapping))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disputesCreated").value(0))
                .andExpect(jsonPath("$.mapping.columns.disputed").doesNotExist())
                .andExpect(jsonPath("$.mapping.dateFormat").value("dd/MM/yyyy"));

        assertThat(jdbc.queryForList("select distinct contract_type from client", String.class)).containsExactly("HYBRID");
        assertThat(jdbc.queryForList("select distinct billing_method from invoice", String.class)).containsExactly("PAPER");
    }

    @Test
    void takesMappingAsFormParameter() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "{\"dateFormat\": \"d/M/yyyy\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoicesCreated").value(4));
    }

    @Test
    void listsWhatCouldNotBeGuessed() throws Exception {
        mvc.perform(importRequest("who,what,when\nACME,1,01/02/2024\n").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_mapping"))
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("import.mapping.missing")))
                .andExpect(jsonPath("$.errors[*].code").value(hasItem("import.mapping.dateFormatMissing")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("No column chosen for \"Client\": choose it from the list.")));
    }

    @Test
    void badRowsListLineColumnAndValue() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE.replace("1.355,90", "1e309")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_rows"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Importe"))
                .andExpect(jsonPath("$.errors[0].value").value("1e309"))
                .andExpect(jsonPath("$.errors[0].code").value("import.error.amountInvalid"))
                .andExpect(jsonPath("$.errors[0].message").isString());

        assertThat(count(jdbc, "client")).isZero();
    }

    @Test
    void rejectsUnknownMappingKeysAndBadJson() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "{\"colums\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.unknownField"));
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.mappingInvalid"));
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "{\"delimiter\": \"tab\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.invalidValue"));
    }

    @Test
    void badJsonMessageNamesLineAndColumn() throws Exception {
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "{\n  \"columns\": {<script>}}")
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.mappingInvalid"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("El mapeo no es un JSON válido: hay un error en la línea 2, columna 15."));
        mvc.perform(importRequest(SPANISH_FILE).param("mapping", "[\"columns\"]").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.mappingNotObject"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The mapping must be a JSON object, written between braces."));
    }

    @Test
    void rejectsMissingAndBinaryFiles() throws Exception {
        mvc.perform(multipart("/api/v1/imports/invoices").param("x", "y").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("import.api.fileMissing"));
        mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "x.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }))
                        .with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_file"))
                .andExpect(jsonPath("$.errors[0].code").value("import.file.notText"));
    }

    @Test
    void needsCredentials() throws Exception {
        mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "f.csv", "text/csv", utf8(SPANISH_FILE))))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "f.csv", "text/csv", utf8(SPANISH_FILE)))
                        .with(httpBasic(OWNER_EMAIL, "wrong password")))
                .andExpect(status().isUnauthorized());
        assertThat(count(jdbc, "invoice")).isZero();
    }
}
