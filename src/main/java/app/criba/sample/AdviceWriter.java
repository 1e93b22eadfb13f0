package app.criba.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

import app.criba.gutcheck.GutCheck;
import app.criba.recommendation.Recommendation;
import app.criba.recommendation.RecommendationResponse;
import app.criba.scoring.Grade;

/**
 * Writes a client's recommendations, one every four months with the latest about two months ago,
 * and its gut checks, one every six months with the latest about a month ago. With a 12-month
 * window, three recommendations and two gut checks fall inside it.
 */
final class AdviceWriter {

    private static final int RECOMMENDATION_SLOTS = 6;
    private static final int GUT_CHECK_SLOTS = 4;

    private AdviceWriter() {
    }

    static void write(SampleHistory history) {
        writeRecommendations(history);
        writeGutChecks(history);
    }

    private static void writeRecommendations(SampleHistory history) {
        Random random = history.random();
        for (int slot = 0; slot < RECOMMENDATION_SLOTS; slot++) {
            LocalDate proposed = history.today().minusMonths(2 + 4L * slot).minusDays(random.nextInt(15));
            RecommendationResponse answer = history.sample().archetype().answer(slot);
            int daysToAnswer = 3 + random.nextInt(23);
            if (history.contains(proposed)) {
                Recommendation recommendation = propose(history, proposed, slot);
                recommendation.answer(answer, proposed.plusDays(daysToAnswer));
                history.records().save(recommendation);
            }
        }
        // A third of the clients have a proposal from the last three weeks that is still waiting for an answer.
        LocalDate recent = history.today().minusDays(3 + random.nextInt(18));
        if (random.nextInt(3) == 0 && history.contains(recent)) {
            history.records().save(propose(history, recent, RECOMMENDATION_SLOTS));
        }
    }

    private static Recommendation propose(SampleHistory history, LocalDate proposed, int slot) {
        BigDecimal value = history.sample().revenuePerMonth()
                .multiply(BigDecimal.valueOf(1 + 2 * history.random().nextDouble()))
                .divide(BigDecimal.valueOf(50), 0, RoundingMode.HALF_EVEN).multiply(BigDecimal.valueOf(50));
        return new Recommendation(history.clientId(), proposed,
                SampleTexts.recommendation(history.sample(), slot + history.number()), value);
    }

    private static void writeGutChecks(SampleHistory history) {
        Random random = history.random();
        for (int slot = 0; slot < GUT_CHECK_SLOTS; slot++) {
            LocalDate rated = history.today().minusMonths(1 + 6L * slot).minusDays(random.nextInt(10));
            Grade grade = history.sample().archetype().gutCheck(slot);
            String comment = SampleTexts.gutComment(history.sample(), grade, random);
            if (history.contains(rated)) {
                history.records().save(new GutCheck(history.clientId(), rated, grade, history.staff(), comment));
            }
        }
    }
}
