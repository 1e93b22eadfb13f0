package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.support.TestUsers.OWNER_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.criba.account.Users;
import app.criba.importing.ImportSummary;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class InvoiceImportPageTest {

    private static final RequestPostProcessor OWNER = user(OWNER_EMAIL).roles("OWNER");

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

    private String upload(String text) throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/imports/invoices")
                        .file(new MockMultipartFile("file", "facturas.csv", "text/csv", utf8(text)))
                        .param("delimiter", "AUTO").with(csrf()).with(OWNER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/invoices/*?delimiter=AUTO"))
                .andReturn();
        return uploaded.getResponse().getRedirectedUrl();
    }

    /** Posts the mapping of the Spanish file, with some fields replaced as "field=value" pairs. */
    private static MockHttpServletRequestBuilder submitSpanishMapping(String mappingUrl, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("delimiter", "AUTO");
        fields.put("client", "Cliente");
        fields.put("number", "Número de factura");
        fields.put("issueDate", "Fecha");
        fields.put("dueDate", "Vencimiento");
        fields.put("amount", "Importe");
        fields.put("settledDate", "Fecha de cobro");
        fields.put("disputed", "Disputada");
        fields.put("billingMethod", "Envío");
        fields.put("kind", "");
        fields.put("dateFormat", "d/M/yyyy");
        fields.put("contractType", "MANAGED");
        fields.put("defaultBillingMethod", "ELECTRONIC");
        for (String pair : replaced) {
            fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        MockHttpServletRequestBuilder request = post(mappingUrl.replace("?delimiter=AUTO", "")).with(csrf())
                .with(OWNER);
        fields.forEach(request::param);
        return request;
    }

    @Test
    void uploadPageShowsFileInputInSpanish() throws Exception {
        mvc.perform(get("/imports/invoices").param("lang", "es").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"file\"")))
                .andExpect(content().string(containsString("Importar facturas")));
    }

    @Test
    void uploadOfEmptyFileShowsMessage() throws Exception {
        mvc.perform(multipart("/imports/invoices")
                        .file(new MockMultipartFile("file", "vacío.csv", "text/csv", new byte[0]))
                        .with(csrf()).with(OWNER).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/upload"))
                .andExpect(content().string(containsString("Choose a CSV file.")));
    }

    @Test
    void uploadOfHeaderOnlyFileShowsMessage() throws Exception {
        mvc.perform(multipart("/imports/invoices")
                        .file(new MockMultipartFile("file", "h.csv", "text/csv", utf8("Cliente;Factura\n")))
                        .with(csrf()).with(OWNER).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only the header row")));
    }

    @Test
    void mappingPagePreselectsGuessesAndShowsPreview() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        MvcResult page = mvc.perform(get(mappingUrl).with(OWNER))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/mapping"))
                .andExpect(content().string(containsString("<option value=\"Cliente\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"d/M/yyyy\" selected=\"selected\">")))
                .andExpect(content().string(containsString("1.355,90")))
                .andReturn();

        MappingForm form = (MappingForm) page.getModelAndView().getModel().get("form");
        assertThat(form.client()).isEqualTo("Cliente");
        assertThat(form.number()).isEqualTo("Número de factura");
        assertThat(form.settledDate()).isEqualTo("Fecha de cobro");
        assertThat(form.billingMethod()).isEqualTo("Envío");
        assertThat(form.kind()).isNull();
    }

    @Test
    void wrongSeparatorShowsMessageOnMappingPage() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(get(mappingUrl.replace("delimiter=AUTO", "delimiter=COMMA")).param("lang", "en").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("fileError"))
                .andExpect(content().string(containsString("The first line has only one column.")))
                .andExpect(content().string(containsString("Read again with this separator")));
    }

    @Test
    void smallFileImportsAndShowsWhatItCreated() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        MvcResult imported = mvc.perform(submitSpanishMapping(mappingUrl))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/imports/invoices/done"))
                .andExpect(flash().attributeExists("summary"))
                .andReturn();

        ImportSummary summary = (ImportSummary) imported.getFlashMap().get("summary");
        assertThat(summary.clientsCreated()).isEqualTo(2);
        assertThat(summary.invoicesCreated()).isEqualTo(4);
        assertThat(count(jdbc, "payment")).isEqualTo(1);
        assertThat(count(jdbc, "payment_dispute")).isEqualTo(2);
        mvc.perform(get("/imports/invoices/done").flashAttrs(imported.getFlashMap()).param("lang", "en").with(OWNER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clients created")))
                .andExpect(content().string(containsString("Globex")));
        mvc.perform(get(mappingUrl).with(OWNER))
                .andExpect(redirectedUrl("/imports/invoices"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));
    }

    @Test
    void badRowIsListedAndNothingWritten() throws Exception {
        String mappingUrl = upload(SPANISH_FILE.replace("05/02/2024;06/03/2024", "31/02/2024;06/03/2024"));

        mvc.perform(submitSpanishMapping(mappingUrl).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/mapping"))
                .andExpect(content().string(containsString("Corrija este problema")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td>")))
                .andExpect(content().string(containsString("<td>Fecha</td>")))
                .andExpect(content().string(containsString("<code>31/02/2024</code>")))
                .andExpect(content().string(containsString("No es una fecha válida con el formato d/M/yyyy.")))
                .andExpect(content().string(containsString("<option value=\"Cliente\" selected=\"selected\">")));

        assertThat(count(jdbc, "client")).isZero();
        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void missingRequiredColumnIsMarkedOnItsField() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(submitSpanishMapping(mappingUrl, "amount=", "dateFormat="))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "amount", "dateFormat"));

        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void unknownChoiceIsMarkedOnItsField() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(submitSpanishMapping(mappingUrl, "contractType=RETAINER", "defaultBillingMethod=FAX"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "contractType", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "defaultBillingMethod", "typeMismatch"));

        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void unknownDelimiterStillShowsMappingPage() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(submitSpanishMapping(mappingUrl, "delimiter=TAB"))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/mapping"));

        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void fileSentAsTextFieldShowsMessage() throws Exception {
        mvc.perform(multipart("/imports/invoices").param("file", "Cliente;Factura").param("delimiter", "AUTO")
                        .with(csrf()).with(OWNER))
                .andExpect(status().isOk())
                .andExpect(view().name("importing/upload"))
                .andExpect(model().attributeHasFieldErrors("form", "file"));
    }

    @Test
    void otherUserCannotImportUpload() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(submitSpanishMapping(mappingUrl).with(user("someone@example.com")))
                .andExpect(redirectedUrl("/imports/invoices"))
                .andExpect(flash().attribute("failure", "import.upload.expired"));

        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void otherUserCannotOpenUpload() throws Exception {
        String mappingUrl = upload(SPANISH_FILE);

        mvc.perform(get(mappingUrl).with(user("someone@example.com")))
                .andExpect(redirectedUrl("/imports/invoices"));
    }

    @Test
    void pageNeedsLogin() throws Exception {
        mvc.perform(get("/imports/invoices"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
