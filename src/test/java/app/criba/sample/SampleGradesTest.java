package app.criba.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.scoring.Grade;
import app.criba.scoring.ScoringService;
import app.criba.scoring.engine.Scorecard;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/**
 * Scores every sample client with the application's scoring (grouped SQL facts, the engine and
 * model v1) and checks that each gets the grade its roster entry expects. Several days are tried,
 * the first of a month among them, so that the result does not hang on the calendar.
 */
@IntegrationTest
class SampleGradesTest {

    @Autowired
    SamplePortfolio samplePortfolio;

    @Autowired
    ScoringService scoring;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-04", "2025-02-28", "2026-06-01", "2027-07-31" })
    void everyClientGetsExpectedGrade(String day) {
        LocalDate today = LocalDate.parse(day);
        samplePortfolio.load(today);

        List<Scorecard> cards = scoring.scorePortfolio(today);

        assertThat(cards).hasSize(Roster.CLIENTS.size());
        SoftAssertions softly = new SoftAssertions();
        for (Scorecard card : cards) {
            SampleClient sample = sampleOf(card.clientId());
            softly.assertThat(card.grade()).as("%s: %s", sample.name(), describe(card))
                    .isEqualTo(sample.expectedGrade());
        }
        softly.assertAll();
        assertThat(cards.stream().map(Scorecard::grade).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Grade.values());
    }

    /** The load publishes one change naming every new client, and the scoring listener stores their scores as of today. */
    @Test
    void storedScoresCoverEveryGrade() {
        samplePortfolio.load(scoring.today());

        Map<Long, String> stored = jdbc.query("select client_id, grade from client_score",
                (row, index) -> Map.entry(row.getLong("client_id"), row.getString("grade")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        stored.values().forEach(grade -> grades.add(Grade.valueOf(grade)));

        assertThat(stored).hasSize(Roster.CLIENTS.size());
        assertThat(grades).containsExactlyInAnyOrder(Grade.values());
        SoftAssertions softly = new SoftAssertions();
        stored.forEach((clientId, grade) -> softly.assertThat(grade).as(sampleOf(clientId).name())
                .isEqualTo(sampleOf(clientId).expectedGrade().name()));
        softly.assertAll();
    }

    private SampleClient sampleOf(long clientId) {
        Map<String, SampleClient> byName = Roster.CLIENTS.stream()
                .collect(Collectors.toMap(SampleClient::name, Function.identity()));
        Client client = clients.findById(clientId).orElseThrow();
        return byName.get(client.getName());
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
