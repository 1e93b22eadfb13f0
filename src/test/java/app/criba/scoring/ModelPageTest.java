package app.criba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.criba.account.Users;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.Invoices;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class ModelPageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired Clients clients;
    @Autowired Invoices invoices;

    @BeforeEach
    void startWithOwnerAndClient() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
        TestRecords.monthlyInvoices(invoices, TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5),
                "2000.00", 0, LocalDate.now());
    }

    /** Every parameter of version 1, as the form posts them. */
    private static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        String[][] pairs = { { "windowMonths", "12" }, { "loadedHourlyCost", "55.00" }, { "overheadPerClient", "150.00" },
                { "toolingCostPerSeat", "6.00" }, { "marginFloorPercent", "0" }, { "marginTargetPercent", "60" },
                { "graceDays", "5" }, { "daysLateForZero", "60" }, { "weightPunctuality", "35" },
                { "weightDisputes", "15" }, { "weightProcess", "20" }, { "weightAdvisor", "20" },
                { "weightSentiment", "10" }, { "disputePenalty", "35" }, { "disputeCountOpen", "1" },
                { "disputeCountResolvedPaid", "1" }, { "disputeCountResolvedCredit", "0" },
                { "disputeCountWrittenOff", "2" }, { "afterHoursPenalty", "15" }, { "selfInflictedPenalty", "10" },
                { "advisorAccepted", "100" }, { "advisorProposalRequested", "100" }, { "advisorQuestioned", "65" },
                { "advisorCheapestOption", "35" }, { "advisorDeclined", "0" }, { "advisorUnanswered", "20" },
                { "advisorUnansweredAfterDays", "30" }, { "sentimentBase", "50" }, { "sentimentStep", "15" },
                { "gutA", "100" }, { "gutB", "70" }, { "gutC", "40" }, { "gutD", "0" }, { "weightFinancial", "40" },
                { "weightRelationship", "40" }, { "weightGut", "20" }, { "thresholdA", "80" }, { "thresholdB", "65" },
                { "thresholdC", "45" }, { "smallClientRevenue", "1000.00" }, { "tinyClientRevenue", "400.00" },
                { "overdueCapDays", "90" }, { "lowConfidenceMinInvoices", "3" }, { "lowConfidenceMinParts", "2" } };
        for (String[] pair : pairs) {
            values.put(pair[0], pair[1]);
        }
        return values;
    }

    private MockHttpServletRequestBuilder postModel(Map<String, String> values) {
        MockHttpServletRequestBuilder request = post("/model").with(user(TestUsers.OWNER_EMAIL)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from scoring_model", Integer.class);
    }

    @Test
    void modelPageShowsCurrentParameters() throws Exception {
        mvc.perform(get("/model").with(user(TestUsers.OWNER_EMAIL)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("currentVersion", 1));
    }

    @Test
    void thresholdsOutOfOrderAreRejectedAndNothingIsSaved() throws Exception {
        Map<String, String> values = defaults();
        values.put("thresholdB", "85");

        mvc.perform(postModel(values))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "thresholdA", "model.thresholds.order"));

        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void badFieldValuesAreRejectedAndNothingIsSaved() throws Exception {
        Map<String, String> values = defaults();
        values.put("weightGut", "-5");
        values.put("loadedHourlyCost", "cincuenta");
        values.put("windowMonths", "");
        values.put("marginTargetPercent", "0");

        mvc.perform(postModel(values))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "weightGut", "loadedHourlyCost", "windowMonths",
                        "marginTargetPercent"));

        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void unreadableWeightIsNotCalledAmount() throws Exception {
        Map<String, String> values = defaults();
        values.put("weightGut", "veinte");

        mvc.perform(postModel(values).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "weightGut", "typeMismatch"))
                .andExpect(content().string(containsString("No es un número válido")))
                .andExpect(content().string(not(containsString("Importe no válido"))));

        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void indexOnPlainParameterIsBadRequest() throws Exception {
        Map<String, String> values = defaults();
        values.put("thresholdA[0]", "80");

        mvc.perform(postModel(values)).andExpect(status().isBadRequest());

        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void savingCreatesVersionAndRescoresEveryone() throws Exception {
        Map<String, String> values = defaults();
        values.put("loadedHourlyCost", "60.00");

        mvc.perform(postModel(values)).andExpect(redirectedUrl("/model"));

        assertThat(versions()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select loaded_hourly_cost from scoring_model where version = 2",
                java.math.BigDecimal.class)).isEqualByComparingTo("60.00");
        assertThat(jdbc.queryForObject("select min(model_version) from client_score", Integer.class)).isEqualTo(2);
    }
}
