package app.criba.scoring.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import app.criba.scoring.engine.ScoringParameters;

/**
 * Every editable parameter of the scoring model, as typed on the model page. Field checks
 * are here; the checks between fields are in {@link ModelFormValidation}.
 */
record ModelForm(
        @NotNull @Min(1) @Max(36) Integer windowMonths,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal loadedHourlyCost,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal overheadPerClient,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal toolingCostPerSeat,
        @NotNull @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2) BigDecimal marginFloorPercent,
        @NotNull @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2) BigDecimal marginTargetPercent,
        @NotNull @Min(0) @Max(365) Integer graceDays,
        @NotNull @Min(1) @Max(3650) Integer daysLateForZero,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightPunctuality,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightDisputes,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightProcess,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightAdvisor,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightSentiment,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal disputePenalty,
        @NotNull @Min(0) @Max(10) Integer disputeCountOpen,
        @NotNull @Min(0) @Max(10) Integer disputeCountResolvedPaid,
        @NotNull @Min(0) @Max(10) Integer disputeCountResolvedCredit,
        @NotNull @Min(0) @Max(10) Integer disputeCountWrittenOff,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal afterHoursPenalty,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal selfInflictedPenalty,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorAccepted,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorProposalRequested,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorQuestioned,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorCheapestOption,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorDeclined,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal advisorUnanswered,
        @NotNull @Min(0) @Max(3650) Integer advisorUnansweredAfterDays,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sentimentBase,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sentimentStep,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal gutA,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal gutB,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal gutC,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal gutD,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightFinancial,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightRelationship,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weightGut,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal thresholdA,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal thresholdB,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal thresholdC,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal smallClientRevenue,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal tinyClientRevenue,
        @NotNull @Min(0) @Max(3650) Integer overdueCapDays,
        @NotNull @Min(0) @Max(1000) Integer lowConfidenceMinInvoices,
        @NotNull @Min(0) @Max(5) Integer lowConfidenceMinParts) {

    static ModelForm from(ScoringParameters p) {
        return new ModelForm(p.windowMonths(), p.loadedHourlyCost(), p.overheadPerClient(),
                p.toolingCostPerSeat(), p.marginFloorPercent(), p.marginTargetPercent(), p.graceDays(),
                p.daysLateForZero(), p.weightPunctuality(), p.weightDisputes(), p.weightProcess(),
                p.weightAdvisor(), p.weightSentiment(), p.disputePenalty(), p.disputeCountOpen(),
                p.disputeCountResolvedPaid(), p.disputeCountResolvedCredit(), p.disputeCountWrittenOff(),
                p.afterHoursPenalty(), p.selfInflictedPenalty(), p.advisorAccepted(),
                p.advisorProposalRequested(), p.advisorQuestioned(), p.advisorCheapestOption(),
                p.advisorDeclined(), p.advisorUnanswered(), p.advisorUnansweredAfterDays(), p.sentimentBase(),
                p.sentimentStep(), p.gutA(), p.gutB(), p.gutC(), p.gutD(), p.weightFinancial(),
                p.weightRelationship(), p.weightGut(), p.thresholdA(), p.thresholdB(), p.thresholdC(),
                p.smallClientRevenue(), p.tinyClientRevenue(), p.overdueCapDays(), p.lowConfidenceMinInvoices(),
                p.lowConfidenceMinParts());
    }

    ScoringParameters toParameters(int version) {
        return new ScoringParameters(version, windowMonths, loadedHourlyCost, overheadPerClient,
                toolingCostPerSeat, marginFloorPercent, marginTargetPercent, graceDays, daysLateForZero,
                weightPunctuality, weightDisputes, weightProcess, weightAdvisor, weightSentiment,
                disputePenalty, disputeCountOpen, disputeCountResolvedPaid, disputeCountResolvedCredit,
                disputeCountWrittenOff, afterHoursPenalty, selfInflictedPenalty, advisorAccepted,
                advisorProposalRequested, advisorQuestioned, advisorCheapestOption, advisorDeclined,
                advisorUnanswered, advisorUnansweredAfterDays, sentimentBase, sentimentStep, gutA, gutB, gutC,
                gutD, weightFinancial, weightRelationship, weightGut, thresholdA, thresholdB, thresholdC,
                smallClientRevenue, tinyClientRevenue, overdueCapDays, lowConfidenceMinInvoices,
                lowConfidenceMinParts);
    }
}
