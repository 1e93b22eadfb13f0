package app.criba.importing.web;

import static app.criba.support.TestUsers.OWNER_EMAIL;
import static app.criba.support.TestUsers.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportRun;

/**
 * The steps of the import page and the import API as a browser and a script take them, for the
 * web tests: upload, read the mapping form the page fills in, post it back, and wait for the run.
 */
final class ImportSteps {

    static final RequestPostProcessor OWNER = user(OWNER_EMAIL).roles("OWNER");
    static final RequestPostProcessor API_OWNER = httpBasic(OWNER_EMAIL, OWNER_PASSWORD);
    static final Locale SPANISH = Locale.forLanguageTag("es");
    /** The tables an import writes to, counted before and after a rejected file. */
    static final String[] WRITTEN_TABLES = { "client", "invoice", "payment", "payment_dispute", "time_entry",
            "interaction", "recommendation" };
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern RUN_URL = Pattern.compile("/imports/runs/(\\d+)");
    private static final Pattern TOKEN_URL = Pattern.compile("/imports/uploads/([A-Za-z0-9_-]+)\\?");

    private final MockMvc mvc;
    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportSteps(MockMvc mvc, ImportJobs jobs, MessageSource messages) {
        this.mvc = mvc;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** Uploads the file on the first step and returns the mapping step's address it redirects to. */
    String upload(ImportKind kind, String fileName, byte[] content, String source) throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/imports/new")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("kind", kind.name()).param("source", source).with(csrf()).with(OWNER))
                .andExpect(status().isFound())
                .andReturn();
        String location = uploaded.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/uploads/");
        return location;
    }

    static String token(String mappingUrl) {
        Matcher token = TOKEN_URL.matcher(mappingUrl);
        assertThat(token.find()).as("token in %s", mappingUrl).isTrue();
        return token.group(1);
    }

    /** Opens the mapping step and returns the form as the page filled it in. */
    MappingForm openMapping(String mappingUrl) throws Exception {
        MvcResult page = mvc.perform(get(URI.create(mappingUrl)).with(OWNER)).andExpect(status().isOk()).andReturn();
        Object form = page.getModelAndView().getModel().get("form");
        assertThat(form).isInstanceOf(MappingForm.class);
        return (MappingForm) form;
    }

    /** Builds the post of the mapping step with every field of the form, as the browser sends it. */
    static MockHttpServletRequestBuilder submitMapping(String token, ImportKind kind, MappingForm form) {
        MockHttpServletRequestBuilder request = post("/imports/uploads/{token}", token).param("kind", kind.name())
                .with(csrf()).with(OWNER);
        fields(form).forEach(request::param);
        return request;
    }

    static Map<String, String> fields(MappingForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "encoding", form.getEncoding());
        put(fields, "delimiter", form.getDelimiter());
        put(fields, "headerLine", form.getHeaderLine());
        form.getColumns().forEach((field, column) -> put(fields, "columns[" + field + "]", column));
        for (int i = 0; i < form.getValues().size(); i++) {
            MappingForm.ValueRow row = form.getValues().get(i);
            put(fields, "values[" + i + "].field", row.getField());
            put(fields, "values[" + i + "].text", row.getText());
            put(fields, "values[" + i + "].choice", row.getChoice());
        }
        put(fields, "dateFormat", form.getDateFormat());
        put(fields, "decimalSeparator", form.getDecimalSeparator());
        put(fields, "contractType", form.getContractType());
        put(fields, "defaultBillingMethod", form.getDefaultBillingMethod());
        if (form.isCreateClients()) {
            fields.put("createClients", "true");
        }
        fields.put("_createClients", "on");
        put(fields, "invoiceLines", form.getInvoiceLines());
        put(fields, "termsDays", form.getTermsDays());
        put(fields, "skipRowsStartingWith", form.getSkipRowsStartingWith());
        put(fields, "carryDownColumn", form.getCarryDownColumn());
        put(fields, "saveAs", form.getSaveAs());
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        fields.put(name, value == null ? "" : value.toString());
    }

    /** Posts the mapping and returns the id of the run that the redirect names. */
    long startCheck(String token, ImportKind kind, MappingForm form) throws Exception {
        MvcResult posted = mvc.perform(submitMapping(token, kind, form)).andExpect(status().isFound()).andReturn();
        return runId(posted.getResponse().getRedirectedUrl());
    }

    static long runId(String url) {
        Matcher id = RUN_URL.matcher(String.valueOf(url));
        assertThat(id.find()).as("run address in %s", url).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Waits for the background run to finish and fails when it is still running after a minute. */
    ImportRun finished(long runId) {
        ImportRun run = jobs.await(runId, RUN_TIMEOUT).orElseThrow();
        assertThat(run.status().isRunning()).as("run %d still %s", runId, run.status()).isFalse();
        return run;
    }

    /** Returns the message as a page writes it: in the language, with HTML's special characters escaped. */
    String html(Locale locale, String code, Object... args) {
        return HtmlUtils.htmlEscape(text(locale, code, args), "UTF-8");
    }

    String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    static Map<String, Integer> counts(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : WRITTEN_TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    static Map<String, Integer> noRecords() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : WRITTEN_TABLES) {
            counts.put(table, 0);
        }
        return counts;
    }
}
