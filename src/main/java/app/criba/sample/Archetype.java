package app.criba.sample;

import static app.criba.recommendation.RecommendationResponse.ACCEPTED;
import static app.criba.recommendation.RecommendationResponse.CHEAPEST_OPTION;
import static app.criba.recommendation.RecommendationResponse.DECLINED;
import static app.criba.recommendation.RecommendationResponse.NONE;
import static app.criba.recommendation.RecommendationResponse.PROPOSAL_REQUESTED;
import static app.criba.recommendation.RecommendationResponse.QUESTIONED;
import static app.criba.scoring.Grade.A;
import static app.criba.scoring.Grade.B;
import static app.criba.scoring.Grade.C;
import static app.criba.scoring.Grade.D;

import java.util.List;

import app.criba.invoice.BillingMethod;
import app.criba.recommendation.RecommendationResponse;
import app.criba.scoring.Grade;

/**
 * A kind of client from the A–D matrix: the way it pays, requests help, takes advice and makes
 * the owner feel. Each constant's comment gives the relationship score Rel that the behaviour
 * earns under scoring model v1, where Rel weighs punctuality 35, disputes 15, process 20, advisor
 * 20 and sentiment 10. It then gives the financial scores F that keep the composite
 * 0.4 F + 0.4 Rel + 0.2 G in the archetype's grade, before size notches, the overdue cap and the
 * write-off rule. SampleGradesTest checks the resulting grade of every sample client.
 */
enum Archetype {

    /**
     * Pays on time (100), no disputes (100), tickets for nearly everything (process about 85),
     * requests proposals (100), praise and referrals (95). Rel is about 96.5 and G 100 (A), so the
     * composite is 58.6 + 0.4 F, an A from F 54 (margin 32 %) upwards.
     */
    TRUSTED_PARTNER(PaymentHabit.ON_TIME, BillingMethod.DIRECT_DEBIT, SupportHabit.BY_THE_BOOK,
            List.of(PROPOSAL_REQUESTED, ACCEPTED, ACCEPTED), Sentiment.DELIGHTED, List.of(B, A, A, A), 2),

    /**
     * Good, but questions advice and pays three invoices in ten late: punctuality about 90,
     * process about 64, advisor 76.7, sentiment 50. Rel is 80 without a dispute and 75 with a paid
     * one, and G 70 (B). The composite is 46 + 0.4 F (44 + 0.4 F with the dispute), a B for F from
     * about 53 to 85.
     */
    STEADY_SKEPTIC(PaymentHabit.MOSTLY_ON_TIME, BillingMethod.ELECTRONIC, SupportHabit.MOSTLY_TICKETS,
            List.of(QUESTIONED, ACCEPTED, QUESTIONED), Sentiment.MIXED, List.of(A, B, B, B), 1),

    /**
     * Pleasant and receptive but pays about 42 days late: punctuality about 44, process about 64,
     * advisor 88.3, sentiment 80. Rel is about 68 and G 70 (B), so the composite is 41.4 + 0.4 F, a B
     * for F from 59 upwards.
     */
    SLOW_BUT_LOYAL(PaymentHabit.SIX_WEEKS_LATE, BillingMethod.ELECTRONIC, SupportHabit.MOSTLY_TICKETS,
            List.of(ACCEPTED, QUESTIONED, PROPOSAL_REQUESTED), Sentiment.PLEASED, List.of(B, B, A, B), 1),

    /**
     * Wants the cheapest option, phones instead of opening tickets, pays about 30 days late:
     * punctuality about 47, process about 15, advisor 45, sentiment 20. Rel is about 45 (41 with an
     * open dispute) and G 40 (C), so the composite is about 26 + 0.4 F, a C for F from 48 to 97.
     */
    PRICE_HAGGLER(PaymentHabit.MONTH_LATE, BillingMethod.PAPER, SupportHabit.PHONES_INSTEAD,
            List.of(CHEAPEST_OPTION, QUESTIONED, CHEAPEST_OPTION), Sentiment.GRUMBLING, List.of(B, C, C, C), 0),

    /**
     * Pays fairly well, but breaks something every month: punctuality about 90, process about 25,
     * advisor 45, sentiment 50. Rel is about 66 and G 40 (C), so the composite is 34 + 0.4 F, a C
     * for F from 27 to 77.
     */
    TINKERER(PaymentHabit.MOSTLY_ON_TIME, BillingMethod.ELECTRONIC, SupportHabit.TINKERING,
            List.of(CHEAPEST_OPTION, QUESTIONED, CHEAPEST_OPTION), Sentiment.MIXED, List.of(B, B, C, C), 0),

    /**
     * A pleasure to work with on a contract priced too low: Rel about 92, G 70 (B). The composite
     * is 51 + 0.4 F, so a C while F stays under 35, that is while the margin is under 21 %.
     */
    UNDERPRICED(PaymentHabit.ON_TIME, BillingMethod.ELECTRONIC, SupportHabit.BY_THE_BOOK,
            List.of(ACCEPTED, QUESTIONED, PROPOSAL_REQUESTED), Sentiment.PLEASED, List.of(A, B, B, B), 0),

    /**
     * The 10 pm emergency caller on break/fix: pays after reminders, calls at night (process 0),
     * declines or ignores advice (about 7), complains (0), G 0 (D). Technician hours eat nearly all
     * it pays, so F is near 0 and the composite stays under 15: a D.
     */
    EMERGENCY_CALLER(PaymentHabit.AFTER_REMINDERS, BillingMethod.PAPER, SupportHabit.NIGHT_EMERGENCIES,
            List.of(DECLINED, NONE, DECLINED), Sentiment.HOSTILE, List.of(C, D, D, D), 0),

    /**
     * Argues about every invoice and declines every proposal: punctuality about 25, disputes 30
     * to 65, process about 12, advisor about 18, sentiment 0. Rel is about 20 and G 0 (D), so the
     * composite is 8 + 0.4 F, a D while F stays under 92.
     */
    CHRONIC_COMPLAINER(PaymentHabit.AFTER_REMINDERS, BillingMethod.PAPER, SupportHabit.PHONES_INSTEAD,
            List.of(DECLINED, CHEAPEST_OPTION, NONE), Sentiment.HOSTILE, List.of(C, C, D, D), 0),

    /**
     * A decent, skeptical client (Rel about 63, G 40) that refused a charge it had signed for.
     * The written-off dispute over a signed charge makes it a D whatever its composite.
     */
    CHARGE_REFUSER(PaymentHabit.MOSTLY_ON_TIME, BillingMethod.ELECTRONIC, SupportHabit.MOSTLY_TICKETS,
            List.of(QUESTIONED, ACCEPTED, QUESTIONED), Sentiment.GRUMBLING, List.of(B, B, C, C), 1);

    private final PaymentHabit payment;
    private final BillingMethod billing;
    private final SupportHabit support;
    private final List<RecommendationResponse> answers;
    private final Sentiment sentiment;
    private final List<Grade> gutChecks;
    private final int projectsPerYear;

    /**
     * @param answers responses to successive recommendations, repeated in turn, where NONE leaves one unanswered
     * @param gutChecks gut-check grades from the oldest (about 19 months ago) to the latest (last month)
     * @param projectsPerYear project or hardware invoices a year on top of the regular ones
     */
    Archetype(PaymentHabit payment, BillingMethod billing, SupportHabit support, List<RecommendationResponse> answers,
            Sentiment sentiment, List<Grade> gutChecks, int projectsPerYear) {
        this.payment = payment;
        this.billing = billing;
        this.support = support;
        this.answers = answers;
        this.sentiment = sentiment;
        this.gutChecks = gutChecks;
        this.projectsPerYear = projectsPerYear;
    }

    PaymentHabit payment() {
        return payment;
    }

    BillingMethod billing() {
        return billing;
    }

    SupportHabit support() {
        return support;
    }

    /** Returns the response to the recommendation proposed {@code index} slots before the latest one. */
    RecommendationResponse answer(int index) {
        return answers.get(index % answers.size());
    }

    Sentiment sentiment() {
        return sentiment;
    }

    /** Returns the gut-check grade {@code index} checks before the latest one, or null before the first. */
    Grade gutCheck(int index) {
        int position = gutChecks.size() - 1 - index;
        return position < 0 ? null : gutChecks.get(position);
    }

    int projectsPerYear() {
        return projectsPerYear;
    }
}
