package app.criba.recommendation.web;

import static app.criba.support.FormRequests.open;
import static app.criba.support.FormRequests.submit;
import static app.criba.support.FormRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

@IntegrationTest
@AutoConfigureMockMvc
class RecommendationFormTests {

    static final Map<String, String> VALID = with(Map.of(), "proposedOn", "2025-02-01", "title",
            "Replace the five-year-old backup system", "estimatedValue", "4800.00");

    static final Map<String, String> ANSWER = with(Map.of(), "response", "CHEAPEST_OPTION", "respondedOn",
            "2025-02-20", "version", "0");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    TestRows rows;
    long clientId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        rows = new TestRows(jdbc);
        rows.owner();
        clientId = rows.client("Acme Dental");
    }

    @Test
    void recordStoresRecommendationWithoutAnswer() throws Exception {
        mvc.perform(submit(VALID, "/clients/{id}/recommendations/new", clientId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "recommendation.flash.recorded"));

        Map<String, Object> recommendation = jdbc.queryForMap("select * from recommendation");
        assertThat(recommendation.get("title")).isEqualTo("Replace the five-year-old backup system");
        assertThat(recommendation.get("estimated_value")).isEqualTo(new BigDecimal("4800.00"));
        assertThat(recommendation.get("response")).isEqualTo("NONE");
    }

    @Test
    void recordAcceptsMissingEstimatedValue() throws Exception {
        mvc.perform(submit(with(VALID, "estimatedValue", ""), "/clients/{id}/recommendations/new", clientId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select estimated_value from recommendation", BigDecimal.class)).isNull();
    }

    @Test
    void recordRejectsMissingTitle() throws Exception {
        expectError(with(VALID, "title", ""), "title", "NotBlank");
    }

    @Test
    void recordRejectsTitleOver200Characters() throws Exception {
        expectError(with(VALID, "title", "t".repeat(201)), "title", "Size");
    }

    @Test
    void recordRejectsNegativeEstimatedValue() throws Exception {
        expectError(with(VALID, "estimatedValue", "-10"), "estimatedValue", "DecimalMin");
    }

    @Test
    void recordRejectsUnreadableEstimatedValue() throws Exception {
        expectError(with(VALID, "estimatedValue", "about 5k"), "estimatedValue", "typeMismatch");
    }

    @Test
    void recordRejectsAbsurdDate() throws Exception {
        expectError(with(VALID, "proposedOn", "1975-02-01"), "proposedOn", "PlausibleDate");
    }

    @Test
    void recordForUnknownClientIsNotFound() throws Exception {
        mvc.perform(open("/clients/{id}/recommendations/new", 999)).andExpect(status().isNotFound());
        mvc.perform(submit(VALID, "/clients/{id}/recommendations/new", 999)).andExpect(status().isNotFound());
    }

    @Test
    void answerStoresResponseAndDate() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));

        mvc.perform(submit(ANSWER, "/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(redirectedUrl("/clients/" + clientId))
                .andExpect(flash().attribute("success", "recommendation.flash.answered"));

        assertThat(jdbc.queryForObject("select response from recommendation", String.class))
                .isEqualTo("CHEAPEST_OPTION");
        assertThat(jdbc.queryForObject("select responded_on from recommendation", LocalDate.class))
                .isEqualTo(LocalDate.of(2025, 2, 20));
    }

    @Test
    void answerNoneClearsEarlierAnswer() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));
        jdbc.update("update recommendation set response = 'DECLINED', responded_on = '2025-02-03'");

        mvc.perform(submit(with(ANSWER, "response", "NONE", "respondedOn", ""),
                "/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select response from recommendation", String.class)).isEqualTo("NONE");
        assertThat(jdbc.queryForObject("select responded_on from recommendation", LocalDate.class)).isNull();
    }

    @Test
    void answerRejectsDateBeforeProposal() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));

        expectAnswerError(recommendationId, with(ANSWER, "respondedOn", "2025-01-31"), "respondedOn",
                "recommendation.error.respondedBeforeProposed");
    }

    @Test
    void answerRejectsMissingDate() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));

        expectAnswerError(recommendationId, with(ANSWER, "respondedOn", ""), "respondedOn", "NotNull");
    }

    @Test
    void answerRejectsAbsurdDate() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));

        expectAnswerError(recommendationId, with(ANSWER, "respondedOn", "2250-02-20"), "respondedOn",
                "PlausibleDate");
    }

    @Test
    void answerWithStaleVersionIsConflict() throws Exception {
        long recommendationId = rows.recommendation(clientId, LocalDate.of(2025, 2, 1));
        jdbc.update("update recommendation set version = 1");

        mvc.perform(submit(ANSWER, "/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("select response from recommendation", String.class)).isEqualTo("NONE");
    }

    @Test
    void answerToAnotherClientsRecommendationIsNotFound() throws Exception {
        long recommendationId = rows.recommendation(rows.client("Other"), LocalDate.of(2025, 2, 1));

        mvc.perform(open("/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(status().isNotFound());
        mvc.perform(submit(ANSWER, "/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select response from recommendation", String.class)).isEqualTo("NONE");
    }

    @Test
    void answerToUnknownRecommendationIsNotFound() throws Exception {
        mvc.perform(open("/clients/{c}/recommendations/{r}/answer", clientId, 999)).andExpect(status().isNotFound());
    }

    private void expectError(Map<String, String> fields, String field, String code) throws Exception {
        mvc.perform(submit(fields, "/clients/{id}/recommendations/new", clientId))
                .andExpect(status().isOk())
                .andExpect(view().name(RecommendationController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(rows.count("recommendation")).isZero();
    }

    private void expectAnswerError(long recommendationId, Map<String, String> fields, String field, String code)
            throws Exception {
        mvc.perform(submit(fields, "/clients/{c}/recommendations/{r}/answer", clientId, recommendationId))
                .andExpect(status().isOk())
                .andExpect(view().name(RecommendationController.ANSWER_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code));

        assertThat(jdbc.queryForObject("select response from recommendation", String.class)).isEqualTo("NONE");
    }
}
