package app.criba.scoring.engine;

import java.math.BigDecimal;

/**
 * Every number of one version of the scoring model. Money is per month in the installation's
 * currency; percentages are 0–100; scores are 0–100.
 */
public record ScoringParameters(
        int version,
        int windowMonths,
        BigDecimal loadedHourlyCost,
        BigDecimal overheadPerClient,
        BigDecimal toolingCostPerSeat,
        BigDecimal marginFloorPercent,
        BigDecimal marginTargetPercent,
        int graceDays,
        int daysLateForZero,
        BigDecimal weightPunctuality,
        BigDecimal weightDisputes,
        BigDecimal weightProcess,
        BigDecimal weightAdvisor,
        BigDecimal weightSentiment,
        BigDecimal disputePenalty,
        int disputeCountOpen,
        int disputeCountResolvedPaid,
        int disputeCountResolvedCredit,
        int disputeCountWrittenOff,
        BigDecimal afterHoursPenalty,
        BigDecimal selfInflictedPenalty,
        BigDecimal advisorAccepted,
        BigDecimal advisorProposalRequested,
        BigDecimal advisorQuestioned,
        BigDecimal advisorCheapestOption,
        BigDecimal advisorDeclined,
        BigDecimal advisorUnanswered,
        int advisorUnansweredAfterDays,
        BigDecimal sentimentBase,
        BigDecimal sentimentStep,
        BigDecimal gutA,
        BigDecimal gutB,
        BigDecimal gutC,
        BigDecimal gutD,
        BigDecimal weightFinancial,
        BigDecimal weightRelationship,
        BigDecimal weightGut,
        BigDecimal thresholdA,
        BigDecimal thresholdB,
        BigDecimal thresholdC,
        BigDecimal smallClientRevenue,
        BigDecimal tinyClientRevenue,
        int overdueCapDays,
        int lowConfidenceMinInvoices,
        int lowConfidenceMinParts) {

    /** The defaults of model version 1, the same values as the first Flyway migration. */
    public static ScoringParameters defaults() {
        return new ScoringParameters(1, 12, money("55.00"), money("150.00"), money("6.00"), n(0), n(60), 5, 60,
                n(35), n(15), n(20), n(20), n(10),
                n(35), 1, 1, 0, 2,
                n(15), n(10),
                n(100), n(100), n(65), n(35), n(0), n(20), 30,
                n(50), n(15),
                n(100), n(70), n(40), n(0),
                n(40), n(40), n(20),
                n(80), n(65), n(45),
                money("1000.00"), money("400.00"), 90, 3, 2);
    }

    public BigDecimal gutScore(app.criba.scoring.Grade grade) {
        return switch (grade) {
            case A -> gutA;
            case B -> gutB;
            case C -> gutC;
            case D -> gutD;
        };
    }

    public BigDecimal threshold(app.criba.scoring.Grade grade) {
        return switch (grade) {
            case A -> thresholdA;
            case B -> thresholdB;
            case C -> thresholdC;
            case D -> BigDecimal.ZERO;
        };
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
