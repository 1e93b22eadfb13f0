package app.criba.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.activity.Interactions;
import app.criba.activity.TimeEntries;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.InvoiceLedger;
import app.criba.recommendation.Recommendations;
import app.criba.scoring.Grade;
import app.criba.scoring.engine.Scorecard;
import app.criba.scoring.engine.ScoringEngine;
import app.criba.scoring.engine.ScoringParameters;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/**
 * Scores every sample client with the scoring engine and model v1, and checks that each gets the
 * grade its roster entry expects, on several days so that the result does not hang on the
 * calendar. Facts are gathered by {@link SampleFacts}.
 */
@IntegrationTest
class SampleGradesTest {

    @Autowired
    SamplePortfolio samplePortfolio;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @Autowired
    InvoiceLedger ledger;

    @Autowired
    TimeEntries timeEntries;

    @Autowired
    Interactions interactions;

    @Autowired
    PaymentDisputes disputes;

    @Autowired
    Recommendations recommendations;

    @Autowired
    GutChecks gutChecks;

    SampleFacts facts;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        facts = new SampleFacts(ledger, timeEntries, interactions, disputes, recommendations, gutChecks);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-04", "2025-02-28", "2026-06-01", "2027-07-31" })
    void everyClientGetsExpectedGrade(String day) {
        LocalDate today = LocalDate.parse(day);
        samplePortfolio.load(today);
        Map<String, SampleClient> roster = Roster.CLIENTS.stream()
                .collect(Collectors.toMap(SampleClient::name, Function.identity()));

        SoftAssertions softly = new SoftAssertions();
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        for (Client client : clients.findAll()) {
            Scorecard card = ScoringEngine.score(facts.of(client, today), ScoringParameters.defaults());
            grades.add(card.grade());
            softly.assertThat(card.grade()).as("%s: %s", client.getName(), describe(card))
                    .isEqualTo(roster.get(client.getName()).expectedGrade());
        }
        softly.assertAll();
        assertThat(grades).containsExactlyInAnyOrder(Grade.values());
    }

    private static String describe(Scorecard card) {
        StringBuilder text = new StringBuilder();
        text.append("composite ").append(card.composite()).append(" (base ").append(card.baseGrade()).append(")")
                .append(", F ").append(card.financial().score())
                .append(" [R ").append(card.financial().revenuePerMonth())
                .append(", C ").append(card.financial().costPerMonth()).append("]")
                .append(", Rel ").append(card.relationship()).append(" [");
        card.parts().forEach(part -> text.append(part.kind()).append(' ').append(part.score()).append(' '));
        text.append("], G ").append(card.gut()).append(", adjustments ").append(card.adjustments().size());
        return text.toString();
    }
}
