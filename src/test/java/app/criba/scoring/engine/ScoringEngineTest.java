package app.criba.scoring.engine;

import static app.criba.scoring.engine.FactsBuilder.AS_OF;
import static app.criba.scoring.engine.FactsBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.criba.scoring.Grade;
import app.criba.scoring.engine.ClientFacts.AdviceFacts;
import app.criba.scoring.engine.ClientFacts.ContactFacts;
import app.criba.scoring.engine.ClientFacts.DisputeFacts;
import app.criba.scoring.engine.Reason.Money;

/**
 * Hand-computed cases for scoring model version 1. Each comment shows the arithmetic that the
 * expected values come from.
 */
class ScoringEngineTest {

    private static final ScoringParameters MODEL = ScoringParameters.defaults();

    private static Scorecard score(FactsBuilder facts) {
        return ScoringEngine.score(facts.build(), MODEL);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * The worked example: 12 seats, 12 invoices of 1,200.00, 6 paid on time and 6 paid 25 days
     * late, 96 hours, one resolved-paid dispute, 20 contacts of which 14 tickets and 3 after
     * hours, recommendations answered questioned and cheapest-option, one praise and one
     * complaint, latest gut check B.
     */
    private static FactsBuilder workedExample() {
        return client().seats(12)
                .invoices(12, "1200.00")
                .hours(96)
                // 6 invoices × 1,200 × (25 − 5 grace) days
                .punctuality(12, 12, "14400.00", "144000.00")
                .disputes(new DisputeFacts(0, 1, 0, 0, 0, null, 0))
                .contacts(new ContactFacts(14, 4, 2, 0, 3, 0, 1, 0, 1))
                .advice(new AdviceFacts(0, 0, 1, 1, 0, 0))
                .gut(Grade.B);
    }

    @Test
    void workedExampleGradesB() {
        Scorecard card = score(workedExample());

        // C = 96/12 h × 55 + 150 + 12 × 6 = 440 + 150 + 72
        assertThat(card.financial().costPerMonth()).isEqualByComparingTo("662.00");
        assertThat(card.financial().revenuePerMonth()).isEqualByComparingTo("1200.00");
        // margin = 538 / 1200; F = 44.833 / 60 × 100
        assertThat(card.financial().marginPercent()).isEqualByComparingTo("44.83");
        assertThat(card.financial().score()).isEqualByComparingTo("74.72");
        // effective hourly rate = 1200 / 8
        assertThat(card.financial().effectiveHourlyRate()).isEqualByComparingTo("150.00");
        // D = 144000 / 14400 = 10; 100 × (1 − 10/60)
        assertThat(card.part(RelationshipPart.PUNCTUALITY).score()).isEqualByComparingTo("83.33");
        assertThat(card.meanDaysLate()).isEqualByComparingTo("10.00");
        assertThat(card.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("65.00");
        // 100 × 14/20 − 15 × 3/12
        assertThat(card.part(RelationshipPart.PROCESS).score()).isEqualByComparingTo("66.25");
        assertThat(card.part(RelationshipPart.ADVISOR).score()).isEqualByComparingTo("50.00");
        assertThat(card.part(RelationshipPart.SENTIMENT).score()).isEqualByComparingTo("50.00");
        // (35 × 83.33 + 15 × 65 + 20 × 66.25 + 20 × 50 + 10 × 50) / 100
        assertThat(card.relationship()).isEqualByComparingTo("67.17");
        assertThat(card.gut()).isEqualByComparingTo("70.00");
        // (40 × 74.72 + 40 × 67.17 + 20 × 70) / 100
        assertThat(card.composite()).isEqualByComparingTo("70.76");
        assertThat(card.baseGrade()).isEqualTo(Grade.B);
        assertThat(card.grade()).isEqualTo(Grade.B);
        assertThat(card.adjustments()).isEmpty();
        assertThat(card.lowConfidence()).isFalse();
    }

    @Test
    void workedExampleNamesWhatReachesA() {
        Scorecard.Improvement improvement = score(workedExample()).improvement();

        assertThat(improvement.target()).isEqualTo(Grade.A);
        assertThat(improvement.required()).isEmpty();
        // F: (8000 − 40 × 67.17 − 1400) / 40, a margin of 0.6 × 97.83 %; Rel: (8000 − 40 × 74.72 − 1400) / 40
        assertThat(option(improvement, "reason.improve.financial").args()).containsExactly(d("97.83"), d("58.70"));
        // That margin at the current cost of 662: 662 / (1 − 0.587)
        assertThat(option(improvement, "reason.improve.revenueAtCost").args())
                .containsExactly(new Money(d("1602.91")));
        assertThat(option(improvement, "reason.improve.relationship").args()).containsExactly(d("90.28"));
        // Punctuality would need (90.28 × 100 − 3800) / 35 = 149: not reachable, so not offered.
        assertThat(improvement.options()).extracting(Reason::code)
                .doesNotContain("reason.improve.part.punctuality", "reason.improve.gut");
    }

    /** F = 70 (margin 42 %), disputes 100 and process 65 give Rel 80, gut A: composite exactly 80. */
    private static FactsBuilder compositeOfEighty() {
        // C = 14 h × 55 + 150 + 40 × 6 = 1160; R = 2000; margin 42 %; F = 70
        return client().seats(40).invoices(12, "2000.00").hours(168)
                .contacts(new ContactFacts(13, 7, 0, 0, 0, 0, 0, 0, 0))
                .gut(Grade.A);
    }

    @Test
    void compositeExactlyOnThresholdEarnsTheGrade() {
        Scorecard card = score(compositeOfEighty());

        assertThat(card.financial().score()).isEqualByComparingTo("70.00");
        // (15 × 100 + 20 × 65) / 35
        assertThat(card.relationship()).isEqualByComparingTo("80.00");
        // (40 × 70 + 40 × 80 + 20 × 100) / 100
        assertThat(card.composite()).isEqualByComparingTo("80.00");
        assertThat(card.grade()).isEqualTo(Grade.A);
        assertThat(card.improvement().target()).isNull();
    }

    @Test
    void compositeJustBelowThresholdNamesEachReachableChange() {
        // One after-hours contact: process 65 − 15/12 = 63.75; Rel = (1500 + 1275) / 35 = 79.29;
        // composite = (2800 + 40 × 79.2857 + 2000) / 100 = 79.71
        Scorecard card = score(compositeOfEighty().contacts(new ContactFacts(13, 7, 0, 0, 1, 0, 0, 0, 0)));

        assertThat(card.composite()).isEqualByComparingTo("79.71");
        assertThat(card.grade()).isEqualTo(Grade.B);
        // F: (8000 − 3171.43 − 2000) / 40 = 70.71, a margin of 42.43 %, revenue 1160 / 0.575714 = 2014.89
        assertThat(option(card.improvement(), "reason.improve.financial").args())
                .containsExactly(d("70.71"), d("42.43"));
        assertThat(option(card.improvement(), "reason.improve.revenueAtCost").args())
                .containsExactly(new Money(d("2014.89")));
        // Rel: (8000 − 2800 − 2000) / 40 = 80; process: (80 × 35 − 1500) / 20 = 65
        assertThat(option(card.improvement(), "reason.improve.relationship").args()).containsExactly(d("80.00"));
        assertThat(option(card.improvement(), "reason.improve.part.process").args()).containsExactly(d("65.00"));
        // Disputes would need (2800 − 1275) / 15 = 101.67, and the gut check is already an A.
        assertThat(card.improvement().options()).extracting(Reason::code)
                .doesNotContain("reason.improve.part.disputes", "reason.improve.gut");
    }

    @Test
    void gradeThresholdsIncludeTheirBoundary() {
        assertThat(ScoringEngine.gradeFor(d("80.00"), MODEL)).isEqualTo(Grade.A);
        assertThat(ScoringEngine.gradeFor(d("79.99"), MODEL)).isEqualTo(Grade.B);
        assertThat(ScoringEngine.gradeFor(d("65.00"), MODEL)).isEqualTo(Grade.B);
        assertThat(ScoringEngine.gradeFor(d("64.99"), MODEL)).isEqualTo(Grade.C);
        assertThat(ScoringEngine.gradeFor(d("45.00"), MODEL)).isEqualTo(Grade.C);
        assertThat(ScoringEngine.gradeFor(d("44.99"), MODEL)).isEqualTo(Grade.D);
    }

    @Test
    void smallClientDropsOneGrade() {
        // R = 900; C = 3 h × 55 + 150 = 315; margin 65 % → F 100; disputes 100; gut A → composite 100
        Scorecard card = score(client().invoices(12, "900.00").hours(36).gut(Grade.A));

        assertThat(card.composite()).isEqualByComparingTo("100.00");
        assertThat(card.baseGrade()).isEqualTo(Grade.A);
        assertThat(card.grade()).isEqualTo(Grade.B);
        assertThat(card.adjustments()).extracting(Reason::code).containsExactly("reason.adjust.smallClient");
        assertThat(card.improvement().options()).containsExactly(
                Reason.of("reason.improve.revenue", new Money(d("1000.00"))));
    }

    @Test
    void tinyClientDropsTwoGrades() {
        // R = 300; C = 150; margin 50 % → F 83.33; composite (3333.33 + 4000 + 2000) / 100 = 93.33
        Scorecard card = score(client().invoices(12, "300.00").gut(Grade.A));

        assertThat(card.financial().score()).isEqualByComparingTo("83.33");
        assertThat(card.composite()).isEqualByComparingTo("93.33");
        assertThat(card.grade()).isEqualTo(Grade.C);
        assertThat(card.adjustments()).extracting(Reason::code).containsExactly("reason.adjust.tinyClient");
        // Up to B, one notch may stay: revenue of 400 a month is enough.
        assertThat(card.improvement().target()).isEqualTo(Grade.B);
        assertThat(card.improvement().options()).containsExactly(
                Reason.of("reason.improve.revenue", new Money(d("400.00"))));
    }

    @Test
    void revenueExactlyOnSizeThresholdKeepsTheGrade() {
        Scorecard card = score(client().invoices(12, "1000.00").gut(Grade.A));

        assertThat(card.financial().revenuePerMonth()).isEqualByComparingTo("1000.00");
        assertThat(card.grade()).isEqualTo(Grade.A);
        assertThat(card.adjustments()).isEmpty();
    }

    @Test
    void invoiceUnpaidMoreThanNinetyDaysPastDueCapsAtC() {
        Scorecard card = score(client().invoices(12, "1000.00").gut(Grade.A).overdue("F-0042", "1000.00", 91));

        assertThat(card.baseGrade()).isEqualTo(Grade.A);
        assertThat(card.grade()).isEqualTo(Grade.C);
        assertThat(card.adjustments()).extracting(Reason::code).containsExactly("reason.adjust.overdueCap");
        assertThat(card.improvement().target()).isEqualTo(Grade.B);
        assertThat(card.improvement().required()).containsExactly(
                Reason.of("reason.improve.payOverdue", "F-0042", new Money(d("1000.00")), 90));
        assertThat(card.improvement().options()).isEmpty();
    }

    @Test
    void invoiceExactlyNinetyDaysPastDueDoesNotCap() {
        Scorecard card = score(client().invoices(12, "1000.00").gut(Grade.A).overdue("F-0042", "1000.00", 90));

        assertThat(card.grade()).isEqualTo(Grade.A);
        assertThat(card.adjustments()).isEmpty();
    }

    @Test
    void signedChargeWrittenOffMakesTheGradeD() {
        LocalDate openedOn = LocalDate.of(2026, 3, 1);
        // Written off counts 2: disputes 100 − 70 = 30 = Rel; composite (4000 + 1200 + 2000) / 100 = 72 → B
        Scorecard card = score(client().invoices(12, "1000.00").gut(Grade.A)
                .disputes(new DisputeFacts(0, 0, 0, 1, 1, openedOn, 0)));

        assertThat(card.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("30.00");
        assertThat(card.composite()).isEqualByComparingTo("72.00");
        assertThat(card.baseGrade()).isEqualTo(Grade.B);
        assertThat(card.grade()).isEqualTo(Grade.D);
        assertThat(card.improvement().target()).isEqualTo(Grade.C);
        assertThat(card.improvement().required()).containsExactly(
                Reason.of("reason.improve.waitWriteOff", LocalDate.of(2027, 3, 1)));
        assertThat(card.improvement().options()).isEmpty();
    }

    @Test
    void writeOffAdviceLooksAtTheScoreAfterItLeaves() {
        LocalDate openedOn = LocalDate.of(2026, 3, 1);
        // Once the write-off leaves: R = 300, C = 2 h × 55 + 150 = 260, margin 13.33 % → F 22.22;
        // disputes 100 = Rel; composite (888.89 + 4000) / 80 = 61.11 → C, two small-client steps → D.
        Scorecard card = score(client().invoices(12, "300.00").hours(24)
                .disputes(new DisputeFacts(0, 0, 0, 1, 1, openedOn, 0)));

        assertThat(card.grade()).isEqualTo(Grade.D);
        assertThat(card.improvement().target()).isEqualTo(Grade.C);
        assertThat(card.improvement().required()).containsExactly(
                Reason.of("reason.improve.waitWriteOff", LocalDate.of(2027, 3, 1)));
        // Then a C needs no small-client step: revenue of 1000; or an A-level score, F of (6400 − 4000) / 40 = 60.
        assertThat(card.improvement().options()).contains(
                Reason.of("reason.improve.revenue", new Money(d("1000.00"))),
                Reason.of("reason.improve.financial", d("60.00"), d("36.00")));
    }

    @Test
    void missingGutCheckLeavesItsWeightOut() {
        // (40 × 74.7222 + 40 × 67.1667) / 80 = 70.94
        Scorecard card = score(workedExample().gut(null));

        assertThat(card.gut()).isNull();
        assertThat(card.composite()).isEqualByComparingTo("70.94");
        assertThat(card.grade()).isEqualTo(Grade.B);
        // F: (80 × 80 − 40 × 67.1667) / 40 = 92.83; a gut check would need (8000 − 5675.56) / 20 = 116
        assertThat(option(card.improvement(), "reason.improve.financial").args().get(0)).isEqualTo(d("92.83"));
        assertThat(card.improvement().options()).extracting(Reason::code).doesNotContain("reason.improve.gut");
    }

    @Test
    void clientWithoutRevenueScoresZeroWithLowConfidence() {
        // R = 0 → F = 0; no invoice, so no disputes part; no relationship data, no gut: composite = F
        Scorecard card = score(client().seats(5).hours(12));

        assertThat(card.financial().score()).isEqualByComparingTo("0.00");
        assertThat(card.financial().marginPercent()).isNull();
        assertThat(card.financial().effectiveHourlyRate()).isEqualByComparingTo("0.00");
        // C = 1 h × 55 + 150 + 5 × 6
        assertThat(card.financial().costPerMonth()).isEqualByComparingTo("235.00");
        assertThat(card.relationship()).isNull();
        assertThat(card.composite()).isEqualByComparingTo("0.00");
        assertThat(card.grade()).isEqualTo(Grade.D);
        // Two small-client steps hold, but they cannot lower a D, so none is listed.
        assertThat(card.adjustments()).isEmpty();
        assertThat(card.lowConfidence()).isTrue();
        assertThat(card.confidenceReasons()).extracting(Reason::code)
                .containsExactly("reason.confidence.fewInvoices", "reason.confidence.fewParts");
    }

    @Test
    void youngClientIsMeasuredOverItsStartedMonths() {
        // 2026-03-20 to 2026-06-30 is 3 months and 10 days: 4 months. R = 6000 / 4; H = 8 / 4
        Scorecard card = score(client().clientSince(LocalDate.of(2026, 3, 20)).invoices(4, "1500.00").hours(8));

        assertThat(card.monthsMeasured()).isEqualTo(4);
        assertThat(card.financial().revenuePerMonth()).isEqualByComparingTo("1500.00");
        assertThat(card.financial().hoursPerMonth()).isEqualByComparingTo("2.00");
        // C = 2 × 55 + 150 = 260; margin 1240 / 1500 = 82.67 % → F capped at 100
        assertThat(card.financial().marginPercent()).isEqualByComparingTo("82.67");
        assertThat(card.financial().score()).isEqualByComparingTo("100.00");
    }

    @Test
    void monthsMeasuredCountsStartedMonthsWithinTheWindow() {
        assertThat(ScoringEngine.monthsMeasured(null, AS_OF, 12)).isEqualTo(12);
        assertThat(ScoringEngine.monthsMeasured(LocalDate.of(2020, 1, 1), AS_OF, 12)).isEqualTo(12);
        assertThat(ScoringEngine.monthsMeasured(LocalDate.of(2025, 7, 1), AS_OF, 12)).isEqualTo(12);
        assertThat(ScoringEngine.monthsMeasured(LocalDate.of(2026, 1, 30), AS_OF, 12)).isEqualTo(5);
        assertThat(ScoringEngine.monthsMeasured(LocalDate.of(2026, 6, 1), AS_OF, 12)).isEqualTo(1);
        assertThat(ScoringEngine.monthsMeasured(AS_OF, AS_OF, 12)).isEqualTo(1);
        assertThat(ScoringEngine.monthsMeasured(AS_OF.plusDays(3), AS_OF, 12)).isEqualTo(1);
    }

    @Test
    void unpaidInvoiceCountsItsDaysLateUntilTheAsOfDate() {
        // Three invoices of 1,000: on time, 15 days late after grace, unpaid 60 days after grace.
        // D = 75000 / 3000 = 25; 100 × (1 − 25/60) = 58.33
        Scorecard card = score(client().invoices(3, "1000.00").punctuality(3, 2, "3000.00", "75000.00"));

        assertThat(card.part(RelationshipPart.PUNCTUALITY).score()).isEqualByComparingTo("58.33");
        assertThat(card.part(RelationshipPart.PUNCTUALITY).reasons()).extracting(Reason::code)
                .containsExactly("reason.punctuality.summary", "reason.punctuality.unpaid");
    }

    @Test
    void punctualityBottomsOutAtZero() {
        // D = 90 days late after grace, beyond the 60 that score zero
        Scorecard card = score(client().invoices(1, "500.00").punctuality(1, 0, "500.00", "45000.00"));

        assertThat(card.part(RelationshipPart.PUNCTUALITY).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void advisorAveragesAnswersAndLateSilence() {
        // (100 + 100 + 0 + 20) / 4
        Scorecard card = score(client().advice(new AdviceFacts(1, 1, 0, 0, 1, 1)));

        assertThat(card.part(RelationshipPart.ADVISOR).score()).isEqualByComparingTo("55.00");
    }

    @Test
    void sentimentStaysWithinZeroAndHundred() {
        // 50 − 15 × 5 = −25 → 0; 50 + 15 × 4 = 110 → 100
        Scorecard angry = score(client().contacts(new ContactFacts(0, 0, 0, 0, 0, 0, 0, 0, 5)));
        Scorecard delighted = score(client().contacts(new ContactFacts(0, 0, 0, 0, 0, 0, 2, 2, 0)));

        assertThat(angry.part(RelationshipPart.SENTIMENT).score()).isEqualByComparingTo("0.00");
        assertThat(delighted.part(RelationshipPart.SENTIMENT).score()).isEqualByComparingTo("100.00");
    }

    @Test
    void processPenalisesAfterHoursAndSelfInflictedIncidents() {
        // 100 × 10/10 − 15 × 12/12 − 10 × 6/12 = 80
        Scorecard card = score(client().contacts(new ContactFacts(10, 0, 0, 0, 12, 6, 0, 0, 0)));
        // 0 tickets of 5 calls, 24 after hours: 0 − 30 → 0
        Scorecard panicking = score(client().contacts(new ContactFacts(0, 5, 0, 0, 24, 0, 0, 0, 0)));

        assertThat(card.part(RelationshipPart.PROCESS).score()).isEqualByComparingTo("80.00");
        assertThat(panicking.part(RelationshipPart.PROCESS).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void disputesCountByHowTheyEnded() {
        // resolved by a credit counts 0; two open and one written off count 1 + 1 + 2 = 4 → 100 − 140 → 0
        Scorecard credited = score(client().invoices(1, "100.00").disputes(new DisputeFacts(0, 0, 1, 0, 0, null, 0)));
        Scorecard fought = score(client().invoices(1, "100.00").disputes(new DisputeFacts(2, 0, 0, 1, 0, null, 2)));

        assertThat(credited.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("100.00");
        assertThat(fought.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("0.00");
        assertThat(fought.openDisputes()).isEqualTo(2);
    }

    @Test
    void firstGutCheckIsOfferedWhenItWouldLiftTheGrade() {
        // Without a gut check: composite = (40 × 70 + 40 × 80) / 80 = 75 → B.
        // With one: (6000 + 20 × g) / 100 ≥ 80 needs g ≥ 100, a gut check of A.
        Scorecard card = score(compositeOfEighty().gut(null));

        assertThat(card.composite()).isEqualByComparingTo("75.00");
        assertThat(card.improvement().options()).contains(Reason.of("reason.improve.gutA"));
    }

    private static Reason option(Scorecard.Improvement improvement, String code) {
        List<Reason> matches = improvement.options().stream().filter(reason -> reason.code().equals(code)).toList();
        assertThat(matches).as("improvement options with code %s", code).hasSize(1);
        return matches.get(0);
    }
}
