package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.importing.web.ImportSteps.OWNER;
import static app.criba.importing.web.ImportSteps.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.criba.account.AppUser;
import app.criba.account.Role;
import app.criba.account.Users;
import app.criba.client.ContractType;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportRun;
import app.criba.importing.RunStatus;
import app.criba.importing.UploadStore;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/** The import page from upload to undo, on PostgreSQL, with the check and import in the background. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportPageTest {

    /** Dates that read as day first and as month first, so that the format must be chosen. */
    private static final String AMBIGUOUS_FILE = """
            Cliente;Número de factura;Fecha;Importe
            ACME;A-1;01/02/2024;100,00
            ACME;A-2;09/01/2017;200,00
            """;

    /** Column names that nothing guesses, so that only a saved mapping contains them. */
    private static final String ODD_COLUMNS_FILE = """
            Quien;Doc;Cuando;Cuanto
            ACME;Z-1;2024-03-01;10.50
            Globex;Z-2;2024-03-02;20.00
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    UploadStore uploads;

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

    @Test
    void invoiceFileGoesFromUploadToUndo() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");
        String token = ImportSteps.token(mappingUrl);

        MvcResult mappingPage = mvc.perform(get(URI.create(mappingUrl)).with(OWNER))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/mapping"))
                .andReturn();
        String mappingHtml = mappingPage.getResponse().getContentAsString();
        MappingForm form = (MappingForm) mappingPage.getModelAndView().getModel().get("form");
        assertThat(form.getColumns()).containsEntry("client", "Cliente")
                .containsEntry("number", "Número de factura")
                .containsEntry("issueDate", "Fecha")
                .containsEntry("dueDate", "Vencimiento")
                .containsEntry("amount", "Importe")
                .containsEntry("settledDate", "Fecha de cobro")
                .containsEntry("disputed", "Disputada")
                .containsEntry("billingMethod", "Envío");
        assertThat(form.getDateFormat()).isEqualTo("d/M/yyyy");
        assertThat(form.getDecimalSeparator()).isEqualTo(',');
        assertThat(form.getValues()).extracting(MappingForm.ValueRow::getField, MappingForm.ValueRow::getText,
                MappingForm.ValueRow::getChoice).contains(
                        tuple("disputed", "Sí", "true"),
                        tuple("disputed", "No", "false"),
                        tuple("billingMethod", "Papel", "PAPER"),
                        tuple("billingMethod", "Electrónica", "ELECTRONIC"));
        assertThat(mappingHtml).contains("<option value=\"Cliente\" selected=\"selected\">Cliente</option>")
                .contains("<option value=\"d/M/yyyy\" selected=\"selected\">")
                .contains("<code>Papel</code>", "<code>Domiciliación</code>", "<code>Sí</code>")
                .contains("1.355,90");
        form.setCreateClients(true);

        long runId = steps.startCheck(token, ImportKind.INVOICES, form);
        ImportRun checked = steps.finished(runId);

        assertThat(checked.status()).isEqualTo(RunStatus.CHECKED);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.counts().created()).isEqualTo(4);
        assertThat(checked.counts().clientsCreated()).isEqualTo(2);
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        String checkedPage = runPage(runId, SPANISH);
        assertThat(checkedPage).contains(steps.html(SPANISH, "import.status.CHECKED"))
                .contains(steps.html(SPANISH, "import.run.checked", "4"))
                .contains(steps.html(SPANISH, "import.run.wouldWrite"))
                .contains(steps.html(SPANISH, "import.run.preview"))
                .contains("Globex", "0003")
                .contains("/imports/runs/" + runId + "/import");

        mvc.perform(post("/imports/runs/{id}/import", runId).with(csrf()).with(OWNER))
                .andExpect(redirectedUrl("/imports/runs/" + runId))
                .andExpect(flash().attributeCount(0));
        ImportRun imported = steps.finished(runId);

        assertThat(imported.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(count(jdbc, "client")).isEqualTo(2);
        assertThat(count(jdbc, "invoice")).isEqualTo(4);
        assertThat(count(jdbc, "payment")).isEqualTo(1);
        assertThat(count(jdbc, "payment_dispute")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select billing_method from invoice where number = '0001' and client_id = "
                + "(select id from client where name = 'ACME')", String.class)).isEqualTo("PAPER");
        assertThat(runPage(runId, SPANISH)).contains(steps.html(SPANISH, "import.status.IMPORTED"))
                .contains(steps.html(SPANISH, "import.run.wrote"))
                .contains("/imports/runs/" + runId + "/undo")
                .contains("href=\"/?asOf=2024-02-10\"");
        String confirmation = mvc.perform(get("/imports/runs/{id}/undo", runId).with(OWNER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("action=\"/imports/runs/" + runId + "/undo\"")
                .contains(steps.html(SPANISH, "import.undo.confirm"));
        assertThat(count(jdbc, "invoice")).as("the confirmation page deletes nothing").isEqualTo(4);
        assertThat(mvc.perform(get("/imports").with(OWNER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/imports/runs/" + runId + "\"", "facturas.csv",
                        steps.html(SPANISH, "import.status.IMPORTED"));

        mvc.perform(post("/imports/runs/{id}/undo", runId).with(csrf()).with(OWNER))
                .andExpect(redirectedUrl("/imports/runs/" + runId))
                .andExpect(flash().attribute("success", "import.undo.done"));

        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
        assertThat(jobs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.UNDONE);
        assertThat(runPage(runId, SPANISH)).contains(steps.html(SPANISH, "import.status.UNDONE"))
                .doesNotContain("/imports/runs/" + runId + "/undo\"");
    }

    @Test
    void importOfCheckedRunHappensOnce() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);
        form.setCreateClients(true);
        long runId = steps.startCheck(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form);
        steps.finished(runId);
        mvc.perform(post("/imports/runs/{id}/import", runId).with(csrf()).with(OWNER));
        steps.finished(runId);

        mvc.perform(post("/imports/runs/{id}/import", runId).with(csrf()).with(OWNER))
                .andExpect(redirectedUrl("/imports/runs/" + runId))
                .andExpect(flash().attribute("failure", "import.run.notImportable"));

        assertThat(steps.finished(runId).status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(count(jdbc, "invoice")).isEqualTo(4);
    }

    @Test
    void headerLineBelowOneShowsMessage() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");

        String page = mvc.perform(get(mappingUrl).param("headerLine", "0").with(OWNER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(steps.html(SPANISH, "import.file.headerLineInvalid", 0));
    }

    @Test
    void earlierCheckOfImportedFileIsNoLongerImportable() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);
        form.setCreateClients(true);
        long earlier = steps.startCheck(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form);
        steps.finished(earlier);
        long later = steps.startCheck(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form);
        steps.finished(later);
        assertThat(runPage(earlier, SPANISH)).contains("/imports/runs/" + earlier + "/import");

        mvc.perform(post("/imports/runs/{id}/import", later).with(csrf()).with(OWNER));
        steps.finished(later);

        assertThat(runPage(earlier, SPANISH)).contains(steps.html(SPANISH, "import.run.noLongerImportable"))
                .doesNotContain("/imports/runs/" + earlier + "/import");
    }

    @Test
    void ambiguousDatesLeaveFormatUnchosen() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "ambiguas.csv", utf8(AMBIGUOUS_FILE), "");

        String page = mvc.perform(get(URI.create(mappingUrl)).with(OWNER)).andExpect(status().isOk())
                .andExpect(model().attribute("datesAmbiguous", true))
                .andReturn().getResponse().getContentAsString();

        MappingForm form = steps.openMapping(mappingUrl);
        assertThat(form.getDateFormat()).isNull();
        assertThat(page).contains(steps.html(SPANISH, "import.mapping.dateFormat.ambiguous"))
                .contains("<option value=\"d/M/yyyy\">", "<option value=\"M/d/yyyy\">")
                .doesNotContain("yyyy\" selected=\"selected\"");
    }

    @Test
    void missingDateFormatKeepsUserChoices() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "ambiguas.csv", utf8(AMBIGUOUS_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);
        form.setContractType(ContractType.BREAK_FIX);
        form.setTermsDays(45);
        form.setSaveAs("Mi exportación");

        MvcResult result = mvc.perform(ImportSteps.submitMapping(ImportSteps.token(mappingUrl), ImportKind.INVOICES,
                        form).cookie(new Cookie("criba-lang", "es")))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/mapping"))
                .andExpect(model().attributeHasFieldErrorCode("form", "dateFormat", "import.mapping.dateFormatMissing"))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(page).contains(steps.html(SPANISH, "import.mapping.dateFormatMissing"))
                .contains("Elija el formato de fecha")
                .contains("<option value=\"BREAK_FIX\" selected=\"selected\">")
                .contains("value=\"45\"")
                .contains("name=\"saveAs\" value=\"Mi exportaci")
                .contains("<option value=\"Cliente\" selected=\"selected\">Cliente</option>");
        MappingForm shownAgain = (MappingForm) result.getModelAndView().getModel().get("form");
        assertThat(shownAgain.getColumns()).containsEntry("client", "Cliente").containsEntry("issueDate", "Fecha");
        assertThat(shownAgain.getSaveAs()).isEqualTo("Mi exportación");
        assertThat(count(jdbc, "import_run")).isZero();
        assertThat(count(jdbc, "import_mapping")).isZero();
    }

    @Test
    void missingDateFormatMessageInEnglish() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "ambiguous.csv", utf8(AMBIGUOUS_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);

        String page = mvc.perform(ImportSteps.submitMapping(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(steps.html(Locale.ENGLISH, "import.mapping.dateFormatMissing"))
                .contains("Choose the date format");
    }

    @Test
    void fileWithErrorsListsEveryProblem() throws Exception {
        String broken = SPANISH_FILE.replace("05/02/2024;06/03/2024", "31/02/2024;06/03/2024")
                .replace("-50,00", "1e309")
                .replace("Globex;0003;15/01/2024", "Globex;0003;15/13/2024");
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(broken), "");
        MappingForm form = steps.openMapping(mappingUrl);
        form.setDateFormat("d/M/yyyy");
        form.setCreateClients(true);

        long runId = steps.startCheck(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form);
        ImportRun run = steps.finished(runId);

        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(run.errors()).extracting(error -> error.line(), error -> error.column(), error -> error.value(),
                error -> error.code()).containsExactly(
                        tuple(3, "Fecha", "31/02/2024", "import.error.dateInvalid"),
                        tuple(4, "Importe", "1e309", "import.error.amountInvalid"),
                        tuple(5, "Fecha", "15/13/2024", "import.error.dateInvalid"));
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());

        String spanish = mvc.perform(get("/imports/runs/{id}", runId).with(OWNER)
                        .cookie(new Cookie("criba-lang", "es")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains(steps.html(SPANISH, "import.errors.title", 3))
                .contains("<td class=\"num\">3</td>", "<td class=\"num\">4</td>", "<td class=\"num\">5</td>")
                .contains("<td>Fecha</td>", "<td>Importe</td>")
                .contains("<code>31/02/2024</code>", "<code>1e309</code>", "<code>15/13/2024</code>")
                .contains("No es una fecha válida en el formato d/M/yyyy.")
                .contains(steps.html(SPANISH, "import.error.amountInvalid"))
                .doesNotContain("/imports/runs/" + runId + "/import");

        String english = mvc.perform(get("/imports/runs/{id}", runId).with(OWNER)
                        .cookie(new Cookie("criba-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(steps.html(Locale.ENGLISH, "import.errors.title", 3))
                .contains("Not a valid date in the format d/M/yyyy.")
                .contains(steps.html(Locale.ENGLISH, "import.error.amountInvalid"))
                .doesNotContain("No es una fecha válida");

        String byHeader = mvc.perform(get("/imports/runs/{id}", runId).with(OWNER).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byHeader).contains("Not a valid date in the format d/M/yyyy.");

        mvc.perform(post("/imports/runs/{id}/import", runId).with(csrf()).with(OWNER))
                .andExpect(flash().attribute("failure", "import.run.notImportable"));
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
    }

    @Test
    void savedMappingIsOfferedAndUsable() throws Exception {
        String firstUrl = steps.upload(ImportKind.INVOICES, "erp.csv", utf8(ODD_COLUMNS_FILE), "");
        MappingForm first = steps.openMapping(firstUrl);
        assertThat(first.getColumns().get("client")).isEmpty();
        first.getColumns().putAll(Map.of("client", "Quien", "number", "Doc", "issueDate", "Cuando",
                "amount", "Cuanto"));
        first.setDateFormat("yyyy-MM-dd");
        first.setDecimalSeparator('.');
        first.setCreateClients(true);
        first.setSaveAs("  Nuestro ERP  ");

        long firstRun = steps.startCheck(ImportSteps.token(firstUrl), ImportKind.INVOICES, first);
        assertThat(steps.finished(firstRun).status()).isEqualTo(RunStatus.CHECKED);

        Long savedId = jdbc.queryForObject("select id from import_mapping where name = 'Nuestro ERP'", Long.class);
        String uploadPage = mvc.perform(get("/imports/new").with(OWNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(uploadPage).contains("<option value=\"saved:" + savedId + "\">Nuestro ERP");

        String secondUrl = steps.upload(ImportKind.INVOICES, "erp-marzo.csv", utf8(ODD_COLUMNS_FILE),
                "saved:" + savedId);
        MappingForm second = steps.openMapping(secondUrl);
        assertThat(second.getColumns()).containsEntry("client", "Quien").containsEntry("number", "Doc")
                .containsEntry("issueDate", "Cuando").containsEntry("amount", "Cuanto");
        assertThat(second.getDateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(second.isCreateClients()).isTrue();

        long secondRun = steps.startCheck(ImportSteps.token(secondUrl), ImportKind.INVOICES, second);
        ImportRun checked = steps.finished(secondRun);
        assertThat(checked.status()).isEqualTo(RunStatus.CHECKED);
        assertThat(checked.counts().created()).isEqualTo(2);
        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void unknownTokenRedirectsWithExpiredMessage() throws Exception {
        mvc.perform(get("/imports/uploads/{token}", "AAAAAAAAAAAAAAAAAAAAAA").param("kind", "INVOICES")
                        .with(OWNER))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));
        mvc.perform(get("/imports/uploads/{token}", "../../etc/passwd").param("kind", "INVOICES").with(OWNER))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/imports/uploads/{token}", "AAAAAAAAAAAAAAAAAAAAAA").param("kind", "INVOICES")
                        .param("columns[client]", "Cliente").with(csrf()).with(OWNER))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));

        String page = mvc.perform(get("/imports/new").with(OWNER)
                        .flashAttr("failure", "import.upload.expired"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(steps.html(SPANISH, "import.upload.expired"));
    }

    @Test
    void expiredUploadRedirectsWithExpiredMessage() throws Exception {
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);
        UploadStore.Upload upload = uploads.find(ImportSteps.token(mappingUrl), TestUsers.OWNER_EMAIL).orElseThrow();
        Files.setLastModifiedTime(upload.file(), FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        mvc.perform(get(URI.create(mappingUrl)).with(OWNER))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));
        mvc.perform(ImportSteps.submitMapping(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));

        assertThat(count(jdbc, "import_run")).isZero();
    }

    @Test
    void otherUserCannotReadUpload() throws Exception {
        // A user who does not exist would be logged out before the upload check runs.
        users.save(new AppUser("someone@example.com", "Sam Someone", "{noop}not-used", Role.ACCOUNT_MANAGER, "es"));
        String mappingUrl = steps.upload(ImportKind.INVOICES, "facturas.csv", utf8(SPANISH_FILE), "");
        MappingForm form = steps.openMapping(mappingUrl);
        form.setCreateClients(true);

        MvcResult opened = mvc.perform(get(URI.create(mappingUrl)).with(user("someone@example.com")))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"))
                .andReturn();
        assertThat(opened.getResponse().getContentAsString()).doesNotContain("ACME");
        mvc.perform(ImportSteps.submitMapping(ImportSteps.token(mappingUrl), ImportKind.INVOICES, form)
                        .with(user("someone@example.com")))
                .andExpect(redirectedUrl("/imports/new"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));

        assertThat(count(jdbc, "import_run")).isZero();
        assertThat(ImportSteps.counts(jdbc)).isEqualTo(ImportSteps.noRecords());
    }

    @Test
    void unknownRunIsNotFound() throws Exception {
        mvc.perform(get("/imports/runs/{id}", 999_999).with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(post("/imports/runs/{id}/import", 999_999).with(csrf()).with(OWNER))
                .andExpect(status().isNotFound());
        mvc.perform(post("/imports/runs/{id}/undo", 999_999).with(csrf()).with(OWNER))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesNeedLogin() throws Exception {
        for (String url : List.of("/imports", "/imports/new", "/imports/runs/1")) {
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    private String runPage(long runId, Locale locale) throws Exception {
        return mvc.perform(get("/imports/runs/{id}", runId).with(OWNER)
                        .cookie(new Cookie("criba-lang", locale.getLanguage())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
