package app.criba.client.web;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

@IntegrationTest
@AutoConfigureMockMvc
class ClientFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static final Map<String, String> VALID = with(Map.of(), "name", "Ferretería Ruiz", "externalRef", "PSA-17",
            "contractType", "HYBRID", "seats", "12", "clientSince", "2019-03-01", "contactName", "",
            "contactEmail", "ana@ruiz.example", "letterLanguage", "en", "noticePeriodDays", "60", "status", "ACTIVE",
            "notes", "Pays late in summer", "accountManagerId", "");

    TestRows rows;
    long ownerId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        ownerId = rows.owner();
    }

    @Test
    void unconvertibleSeatsKeepOtherTypedValues() throws Exception {
        mvc.perform(submit(with(VALID, "seats", "doce", "noticePeriodDays", "45"), "/clients/new")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"doce\""), containsString("value=\"45\""),
                        containsString("value=\"2019-03-01\""), containsString("Not a whole number."))));

        assertThat(rows.count("client")).isZero();
    }

    @Test
    void newFormOffersDefaults() throws Exception {
        mvc.perform(open("/clients/new?lang=es"))
                .andExpect(status().isOk())
                .andExpect(view().name(ClientFormController.VIEW))
                .andExpect(content().string(Matchers.containsString("Nuevo cliente")))
                .andExpect(content().string(Matchers.containsString("value=\"30\"")));
    }

    @Test
    void createStoresClientAndRedirectsToIt() throws Exception {
        mvc.perform(submit(with(VALID, "name", "  Ferretería Ruiz  ", "accountManagerId", String.valueOf(ownerId)),
                "/clients/new"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/1"))
                .andExpect(flash().attribute("success", "client.flash.created"));

        Map<String, Object> client = jdbc.queryForMap("select * from client");
        assertThat(client.get("name")).isEqualTo("Ferretería Ruiz");
        assertThat(client.get("external_ref")).isEqualTo("PSA-17");
        assertThat(client.get("contract_type")).isEqualTo("HYBRID");
        assertThat(client.get("seats")).isEqualTo(12);
        assertThat(client.get("notice_period_days")).isEqualTo(60);
        assertThat(client.get("letter_language")).isEqualTo("en");
        assertThat(client.get("account_manager_id")).isEqualTo(ownerId);
        assertThat(client.get("contact_name")).isNull();
    }

    @Test
    void createRejectsMissingName() throws Exception {
        expectError(submit(with(VALID, "name", " "), "/clients/new"), "name", "NotBlank");
    }

    @Test
    void createRejectsNameOver200Characters() throws Exception {
        expectError(submit(with(VALID, "name", "x".repeat(201)), "/clients/new"), "name", "Size");
    }

    @Test
    void createRejectsNameOfCurrentClientIgnoringCase() throws Exception {
        rows.client("Acme Dental");

        expectError(submit(with(VALID, "name", "ACME dental"), "/clients/new"), "name", "client.error.nameTaken");
    }

    @Test
    void createRejectsNameWithInvisiblePadding() throws Exception {
        rows.client("Acme Dental");

        expectError(submit(with(VALID, "name", "\u00a0Acme Dental\u200b"), "/clients/new"), "name",
                "client.error.nameTaken");
    }

    @Test
    void createRejectsNameOfOnlyInvisibleCharacters() throws Exception {
        expectError(submit(with(VALID, "name", "\u00a0\u200b\u202f"), "/clients/new"), "name", "NotBlank");
    }

    @Test
    void createStripsNoBreakSpaces() throws Exception {
        mvc.perform(submit(with(VALID, "name", "Ferretería Ruiz\u00a0", "externalRef", "\u00a0PSA-17"),
                "/clients/new"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select name from client", String.class)).isEqualTo("Ferretería Ruiz");
        assertThat(jdbc.queryForObject("select external_ref from client", String.class)).isEqualTo("PSA-17");
    }

    @Test
    void createAcceptsNameOfFormerClient() throws Exception {
        rows.formerClient("Acme Dental");

        mvc.perform(submit(with(VALID, "name", "Acme Dental", "externalRef", ""), "/clients/new"))
                .andExpect(status().is3xxRedirection());

        assertThat(rows.count("client")).isEqualTo(2);
    }

    @Test
    void createRejectsDuplicateExternalRef() throws Exception {
        long other = rows.client("Other");
        jdbc.update("update client set external_ref = 'PSA-17' where id = ?", other);

        expectError(submit(VALID, "/clients/new"), "externalRef", "client.error.externalRefTaken");
    }

    @Test
    void createRejectsAbsurdClientSince() throws Exception {
        expectError(submit(with(VALID, "clientSince", "0202-05-01"), "/clients/new"), "clientSince",
                "PlausibleDate");
    }

    @Test
    void createRejectsInvalidEmail() throws Exception {
        expectError(submit(with(VALID, "contactEmail", "ana at ruiz.es"), "/clients/new"), "contactEmail",
                "Email");
    }

    @Test
    void createRejectsNoticePeriodOverOneYear() throws Exception {
        expectError(submit(with(VALID, "noticePeriodDays", "366"), "/clients/new"), "noticePeriodDays", "Max");
    }

    @Test
    void createRejectsNegativeSeats() throws Exception {
        expectError(submit(with(VALID, "seats", "-1"), "/clients/new"), "seats", "Min");
    }

    @Test
    void createRejectsUnknownAccountManager() throws Exception {
        expectError(submit(with(VALID, "accountManagerId", "999"), "/clients/new"), "accountManagerId",
                "client.error.accountManagerUnknown");
    }

    @Test
    void createReportsEveryErrorAlongsideUnreadableNumber() throws Exception {
        mvc.perform(submit(with(VALID, "seats", "ten", "name", "", "contactEmail", "nope"), "/clients/new"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "seats", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "contactEmail", "Email"))
                .andExpect(content().string(Matchers.containsString("value=\"nope\"")));

        assertThat(rows.count("client")).isZero();
    }

    @Test
    void editFormShowsCurrentValuesAndVersion() throws Exception {
        long clientId = rows.client("Acme Dental");

        mvc.perform(open("/clients/{id}/edit", clientId))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Acme Dental\"")))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
    }

    @Test
    void editSavesChangesAndRedirects() throws Exception {
        long clientId = rows.client("Acme Dental");

        mvc.perform(submit(with(VALID, "name", "Acme Dental Group", "status", "OFFBOARDING", "version", "0"),
                "/clients/{id}/edit", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "client.flash.updated"));

        assertThat(jdbc.queryForObject("select name from client", String.class)).isEqualTo("Acme Dental Group");
        assertThat(jdbc.queryForObject("select status from client", String.class)).isEqualTo("OFFBOARDING");
        assertThat(rows.version("client", clientId)).isEqualTo(1);
    }

    @Test
    void editKeepsOwnNameWithoutCallingItTaken() throws Exception {
        long clientId = rows.client("Acme Dental");

        mvc.perform(submit(with(VALID, "name", "ACME DENTAL", "version", "0"), "/clients/{id}/edit", clientId))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void editWithStaleVersionIsConflict() throws Exception {
        long clientId = rows.client("Acme Dental");
        jdbc.update("update client set version = 3 where id = ?", clientId);

        mvc.perform(submit(with(VALID, "name", "Renamed", "version", "2"), "/clients/{id}/edit", clientId))
                .andExpect(status().isConflict())
                .andExpect(view().name(ClientFormController.VIEW));

        assertThat(jdbc.queryForObject("select name from client", String.class)).isEqualTo("Acme Dental");
    }

    @Test
    void editOfUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/edit", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(with(VALID, "version", "0"), "/clients/{id}/edit", 999))
                .andExpect(status().isNotFound());
    }

    private void expectError(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
        int before = rows.count("client");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name(ClientFormController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));
        assertThat(rows.count("client")).isEqualTo(before);
    }

}
