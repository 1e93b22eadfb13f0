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
 * Every editable parameter of the scoring model, as typed on the model page. A JavaBean rather
 * than a record, so that a value that does not convert (letters in a number) leaves only that
 * field empty and the page can show everything else the user typed. Field checks are here; the
 * checks between fields are in {@link ModelFormValidation}.
 */
public class ModelForm {

    @NotNull @Min(1) @Max(36)
    private Integer windowMonths;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    private BigDecimal loadedHourlyCost;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    private BigDecimal overheadPerClient;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    private BigDecimal toolingCostPerSeat;

    @NotNull @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2)
    private BigDecimal marginFloorPercent;

    @NotNull @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2)
    private BigDecimal marginTargetPercent;

    @NotNull @Min(0) @Max(365)
    private Integer graceDays;

    @NotNull @Min(1) @Max(3650)
    private Integer daysLateForZero;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightPunctuality;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightDisputes;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightProcess;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightAdvisor;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightSentiment;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal disputePenalty;

    @NotNull @Min(0) @Max(10)
    private Integer disputeCountOpen;

    @NotNull @Min(0) @Max(10)
    private Integer disputeCountResolvedPaid;

    @NotNull @Min(0) @Max(10)
    private Integer disputeCountResolvedCredit;

    @NotNull @Min(0) @Max(10)
    private Integer disputeCountWrittenOff;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal afterHoursPenalty;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal selfInflictedPenalty;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorAccepted;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorProposalRequested;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorQuestioned;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorCheapestOption;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorDeclined;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal advisorUnanswered;

    @NotNull @Min(0) @Max(3650)
    private Integer advisorUnansweredAfterDays;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal sentimentBase;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal sentimentStep;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal gutA;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal gutB;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal gutC;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal gutD;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightFinancial;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightRelationship;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal weightGut;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal thresholdA;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal thresholdB;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal thresholdC;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    private BigDecimal smallClientRevenue;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    private BigDecimal tinyClientRevenue;

    @NotNull @Min(0) @Max(3650)
    private Integer overdueCapDays;

    @NotNull @Min(0) @Max(1000)
    private Integer lowConfidenceMinInvoices;

    @NotNull @Min(0) @Max(5)
    private Integer lowConfidenceMinParts;

    static ModelForm from(ScoringParameters parameters) {
        ModelForm form = new ModelForm();
        form.windowMonths = parameters.windowMonths();
        form.loadedHourlyCost = parameters.loadedHourlyCost();
        form.overheadPerClient = parameters.overheadPerClient();
        form.toolingCostPerSeat = parameters.toolingCostPerSeat();
        form.marginFloorPercent = parameters.marginFloorPercent();
        form.marginTargetPercent = parameters.marginTargetPercent();
        form.graceDays = parameters.graceDays();
        form.daysLateForZero = parameters.daysLateForZero();
        form.weightPunctuality = parameters.weightPunctuality();
        form.weightDisputes = parameters.weightDisputes();
        form.weightProcess = parameters.weightProcess();
        form.weightAdvisor = parameters.weightAdvisor();
        form.weightSentiment = parameters.weightSentiment();
        form.disputePenalty = parameters.disputePenalty();
        form.disputeCountOpen = parameters.disputeCountOpen();
        form.disputeCountResolvedPaid = parameters.disputeCountResolvedPaid();
        form.disputeCountResolvedCredit = parameters.disputeCountResolvedCredit();
        form.disputeCountWrittenOff = parameters.disputeCountWrittenOff();
        form.afterHoursPenalty = parameters.afterHoursPenalty();
        form.selfInflictedPenalty = parameters.selfInflictedPenalty();
        form.advisorAccepted = parameters.advisorAccepted();
        form.advisorProposalRequested = parameters.advisorProposalRequested();
        form.advisorQuestioned = parameters.advisorQuestioned();
        form.advisorCheapestOption = parameters.advisorCheapestOption();
        form.advisorDeclined = parameters.advisorDeclined();
        form.advisorUnanswered = parameters.advisorUnanswered();
        form.advisorUnansweredAfterDays = parameters.advisorUnansweredAfterDays();
        form.sentimentBase = parameters.sentimentBase();
        form.sentimentStep = parameters.sentimentStep();
        form.gutA = parameters.gutA();
        form.gutB = parameters.gutB();
        form.gutC = parameters.gutC();
        form.gutD = parameters.gutD();
        form.weightFinancial = parameters.weightFinancial();
        form.weightRelationship = parameters.weightRelationship();
        form.weightGut = parameters.weightGut();
        form.thresholdA = parameters.thresholdA();
        form.thresholdB = parameters.thresholdB();
        form.thresholdC = parameters.thresholdC();
        form.smallClientRevenue = parameters.smallClientRevenue();
        form.tinyClientRevenue = parameters.tinyClientRevenue();
        form.overdueCapDays = parameters.overdueCapDays();
        form.lowConfidenceMinInvoices = parameters.lowConfidenceMinInvoices();
        form.lowConfidenceMinParts = parameters.lowConfidenceMinParts();
        return form;
    }

    ScoringParameters toParameters(int version) {
        return new ScoringParameters(version,
                windowMonths, loadedHourlyCost, overheadPerClient, toolingCostPerSeat,
                marginFloorPercent, marginTargetPercent, graceDays, daysLateForZero, weightPunctuality,
                weightDisputes, weightProcess, weightAdvisor, weightSentiment, disputePenalty,
                disputeCountOpen, disputeCountResolvedPaid, disputeCountResolvedCredit,
                disputeCountWrittenOff, afterHoursPenalty, selfInflictedPenalty, advisorAccepted,
                advisorProposalRequested, advisorQuestioned, advisorCheapestOption, advisorDeclined,
                advisorUnanswered, advisorUnansweredAfterDays, sentimentBase, sentimentStep, gutA, gutB,
                gutC, gutD, weightFinancial, weightRelationship, weightGut, thresholdA, thresholdB,
                thresholdC, smallClientRevenue, tinyClientRevenue, overdueCapDays,
                lowConfidenceMinInvoices, lowConfidenceMinParts);
    }

    public Integer getWindowMonths() {
        return windowMonths;
    }

    public void setWindowMonths(Integer windowMonths) {
        this.windowMonths = windowMonths;
    }

    public BigDecimal getLoadedHourlyCost() {
        return loadedHourlyCost;
    }

    public void setLoadedHourlyCost(BigDecimal loadedHourlyCost) {
        this.loadedHourlyCost = loadedHourlyCost;
    }

    public BigDecimal getOverheadPerClient() {
        return overheadPerClient;
    }

    public void setOverheadPerClient(BigDecimal overheadPerClient) {
        this.overheadPerClient = overheadPerClient;
    }

    public BigDecimal getToolingCostPerSeat() {
        return toolingCostPerSeat;
    }

    public void setToolingCostPerSeat(BigDecimal toolingCostPerSeat) {
        this.toolingCostPerSeat = toolingCostPerSeat;
    }

    public BigDecimal getMarginFloorPercent() {
        return marginFloorPercent;
    }

    public void setMarginFloorPercent(BigDecimal marginFloorPercent) {
        this.marginFloorPercent = marginFloorPercent;
    }

    public BigDecimal getMarginTargetPercent() {
        return marginTargetPercent;
    }

    public void setMarginTargetPercent(BigDecimal marginTargetPercent) {
        this.marginTargetPercent = marginTargetPercent;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public Integer getDaysLateForZero() {
        return daysLateForZero;
    }

    public void setDaysLateForZero(Integer daysLateForZero) {
        this.daysLateForZero = daysLateForZero;
    }

    public BigDecimal getWeightPunctuality() {
        return weightPunctuality;
    }

    public void setWeightPunctuality(BigDecimal weightPunctuality) {
        this.weightPunctuality = weightPunctuality;
    }

    public BigDecimal getWeightDisputes() {
        return weightDisputes;
    }

    public void setWeightDisputes(BigDecimal weightDisputes) {
        this.weightDisputes = weightDisputes;
    }

    public BigDecimal getWeightProcess() {
        return weightProcess;
    }

    public void setWeightProcess(BigDecimal weightProcess) {
        this.weightProcess = weightProcess;
    }

    public BigDecimal getWeightAdvisor() {
        return weightAdvisor;
    }

    public void setWeightAdvisor(BigDecimal weightAdvisor) {
        this.weightAdvisor = weightAdvisor;
    }

    public BigDecimal getWeightSentiment() {
        return weightSentiment;
    }

    public void setWeightSentiment(BigDecimal weightSentiment) {
        this.weightSentiment = weightSentiment;
    }

    public BigDecimal getDisputePenalty() {
        return disputePenalty;
    }

    public void setDisputePenalty(BigDecimal disputePenalty) {
        this.disputePenalty = disputePenalty;
    }

    public Integer getDisputeCountOpen() {
        return disputeCountOpen;
    }

    public void setDisputeCountOpen(Integer disputeCountOpen) {
        this.disputeCountOpen = disputeCountOpen;
    }

    public Integer getDisputeCountResolvedPaid() {
        return disputeCountResolvedPaid;
    }

    public void setDisputeCountResolvedPaid(Integer disputeCountResolvedPaid) {
        this.disputeCountResolvedPaid = disputeCountResolvedPaid;
    }

    public Integer getDisputeCountResolvedCredit() {
        return disputeCountResolvedCredit;
    }

    public void setDisputeCountResolvedCredit(Integer disputeCountResolvedCredit) {
        this.disputeCountResolvedCredit = disputeCountResolvedCredit;
    }

    public Integer getDisputeCountWrittenOff() {
        return disputeCountWrittenOff;
    }

    public void setDisputeCountWrittenOff(Integer disputeCountWrittenOff) {
        this.disputeCountWrittenOff = disputeCountWrittenOff;
    }

    public BigDecimal getAfterHoursPenalty() {
        return afterHoursPenalty;
    }

    public void setAfterHoursPenalty(BigDecimal afterHoursPenalty) {
        this.afterHoursPenalty = afterHoursPenalty;
    }

    public BigDecimal getSelfInflictedPenalty() {
        return selfInflictedPenalty;
    }

    public void setSelfInflictedPenalty(BigDecimal selfInflictedPenalty) {
        this.selfInflictedPenalty = selfInflictedPenalty;
    }

    public BigDecimal getAdvisorAccepted() {
        return advisorAccepted;
    }

    public void setAdvisorAccepted(BigDecimal advisorAccepted) {
        this.advisorAccepted = advisorAccepted;
    }

    public BigDecimal getAdvisorProposalRequested() {
        return advisorProposalRequested;
    }

    public void setAdvisorProposalRequested(BigDecimal advisorProposalRequested) {
        this.advisorProposalRequested = advisorProposalRequested;
    }

    public BigDecimal getAdvisorQuestioned() {
        return advisorQuestioned;
    }

    public void setAdvisorQuestioned(BigDecimal advisorQuestioned) {
        this.advisorQuestioned = advisorQuestioned;
    }

    public BigDecimal getAdvisorCheapestOption() {
        return advisorCheapestOption;
    }

    public void setAdvisorCheapestOption(BigDecimal advisorCheapestOption) {
        this.advisorCheapestOption = advisorCheapestOption;
    }

    public BigDecimal getAdvisorDeclined() {
        return advisorDeclined;
    }

    public void setAdvisorDeclined(BigDecimal advisorDeclined) {
        this.advisorDeclined = advisorDeclined;
    }

    public BigDecimal getAdvisorUnanswered() {
        return advisorUnanswered;
    }

    public void setAdvisorUnanswered(BigDecimal advisorUnanswered) {
        this.advisorUnanswered = advisorUnanswered;
    }

    public Integer getAdvisorUnansweredAfterDays() {
        return advisorUnansweredAfterDays;
    }

    public void setAdvisorUnansweredAfterDays(Integer advisorUnansweredAfterDays) {
        this.advisorUnansweredAfterDays = advisorUnansweredAfterDays;
    }

    public BigDecimal getSentimentBase() {
        return sentimentBase;
    }

    public void setSentimentBase(BigDecimal sentimentBase) {
        this.sentimentBase = sentimentBase;
    }

    public BigDecimal getSentimentStep() {
        return sentimentStep;
    }

    public void setSentimentStep(BigDecimal sentimentStep) {
        this.sentimentStep = sentimentStep;
    }

    public BigDecimal getGutA() {
        return gutA;
    }

    public void setGutA(BigDecimal gutA) {
        this.gutA = gutA;
    }

    public BigDecimal getGutB() {
        return gutB;
    }

    public void setGutB(BigDecimal gutB) {
        this.gutB = gutB;
    }

    public BigDecimal getGutC() {
        return gutC;
    }

    public void setGutC(BigDecimal gutC) {
        this.gutC = gutC;
    }

    public BigDecimal getGutD() {
        return gutD;
    }

    public void setGutD(BigDecimal gutD) {
        this.gutD = gutD;
    }

    public BigDecimal getWeightFinancial() {
        return weightFinancial;
    }

    public void setWeightFinancial(BigDecimal weightFinancial) {
        this.weightFinancial = weightFinancial;
    }

    public BigDecimal getWeightRelationship() {
        return weightRelationship;
    }

    public void setWeightRelationship(BigDecimal weightRelationship) {
        this.weightRelationship = weightRelationship;
    }

    public BigDecimal getWeightGut() {
        return weightGut;
    }

    public void setWeightGut(BigDecimal weightGut) {
        this.weightGut = weightGut;
    }

    public BigDecimal getThresholdA() {
        return thresholdA;
    }

    public void setThresholdA(BigDecimal thresholdA) {
        this.thresholdA = thresholdA;
    }

    public BigDecimal getThresholdB() {
        return thresholdB;
    }

    public void setThresholdB(BigDecimal thresholdB) {
        this.thresholdB = thresholdB;
    }

    public BigDecimal getThresholdC() {
        return thresholdC;
    }

    public void setThresholdC(BigDecimal thresholdC) {
        this.thresholdC = thresholdC;
    }

    public BigDecimal getSmallClientRevenue() {
        return smallClientRevenue;
    }

    public void setSmallClientRevenue(BigDecimal smallClientRevenue) {
        this.smallClientRevenue = smallClientRevenue;
    }

    public BigDecimal getTinyClientRevenue() {
        return tinyClientRevenue;
    }

    public void setTinyClientRevenue(BigDecimal tinyClientRevenue) {
        this.tinyClientRevenue = tinyClientRevenue;
    }

    public Integer getOverdueCapDays() {
        return overdueCapDays;
    }

    public void setOverdueCapDays(Integer overdueCapDays) {
        this.overdueCapDays = overdueCapDays;
    }

    public Integer getLowConfidenceMinInvoices() {
        return lowConfidenceMinInvoices;
    }

    public void setLowConfidenceMinInvoices(Integer lowConfidenceMinInvoices) {
        this.lowConfidenceMinInvoices = lowConfidenceMinInvoices;
    }

    public Integer getLowConfidenceMinParts() {
        return lowConfidenceMinParts;
    }

    public void setLowConfidenceMinParts(Integer lowConfidenceMinParts) {
        this.lowConfidenceMinParts = lowConfidenceMinParts;
    }
}
