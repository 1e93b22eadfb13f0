package app.criba.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.criba.scoring.engine.ScoringParameters;

/**
 * One stored version of the scoring model's parameters. Versions are never changed: editing
 * the parameters saves a new version, and every stored score names the version it used.
 */
@Entity
@Table(name = "scoring_model")
public class ScoringModel {

    @Id
    private Integer version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Long createdById;
    private int windowMonths;
    private BigDecimal loadedHourlyCost;
    private BigDecimal overheadPerClient;
    private BigDecimal toolingCostPerSeat;
    private BigDecimal marginFloorPercent;
    private BigDecimal marginTargetPercent;
    private int graceDays;
    private int daysLateForZero;
    private BigDecimal weightPunctuality;
    private BigDecimal weightDisputes;
    private BigDecimal weightProcess;
    private BigDecimal weightAdvisor;
    private BigDecimal weightSentiment;
    private BigDecimal disputePenalty;
    private int disputeCountOpen;
    private int disputeCountResolvedPaid;
    private int disputeCountResolvedCredit;
    private int disputeCountWrittenOff;
    private BigDecimal afterHoursPenalty;
    private BigDecimal selfInflictedPenalty;
    private BigDecimal advisorAccepted;
    private BigDecimal advisorProposalRequested;
    private BigDecimal advisorQuestioned;
    private BigDecimal advisorCheapestOption;
    private BigDecimal advisorDeclined;
    private BigDecimal advisorUnanswered;
    private int advisorUnansweredAfterDays;
    private BigDecimal sentimentBase;
    private BigDecimal sentimentStep;
    @Column(name = "gut_a")
    private BigDecimal gutA;
    @Column(name = "gut_b")
    private BigDecimal gutB;
    @Column(name = "gut_c")
    private BigDecimal gutC;
    @Column(name = "gut_d")
    private BigDecimal gutD;
    private BigDecimal weightFinancial;
    private BigDecimal weightRelationship;
    private BigDecimal weightGut;
    @Column(name = "threshold_a")
    private BigDecimal thresholdA;
    @Column(name = "threshold_b")
    private BigDecimal thresholdB;
    @Column(name = "threshold_c")
    private BigDecimal thresholdC;
    private BigDecimal smallClientRevenue;
    private BigDecimal tinyClientRevenue;
    private int overdueCapDays;
    private int lowConfidenceMinInvoices;
    private int lowConfidenceMinParts;

    protected ScoringModel() {
    }

    /** A new version holding {@code parameters}, whose own version number is ignored. */
    public ScoringModel(int version, ScoringParameters parameters, Long createdById) {
        this.version = version;
        this.createdById = createdById;
        this.windowMonths = parameters.windowMonths();
        this.loadedHourlyCost = parameters.loadedHourlyCost();
        this.overheadPerClient = parameters.overheadPerClient();
        this.toolingCostPerSeat = parameters.toolingCostPerSeat();
        this.marginFloorPercent = parameters.marginFloorPercent();
        this.marginTargetPercent = parameters.marginTargetPercent();
        this.graceDays = parameters.graceDays();
        this.daysLateForZero = parameters.daysLateForZero();
        this.weightPunctuality = parameters.weightPunctuality();
        this.weightDisputes = parameters.weightDisputes();
        this.weightProcess = parameters.weightProcess();
        this.weightAdvisor = parameters.weightAdvisor();
        this.weightSentiment = parameters.weightSentiment();
        this.disputePenalty = parameters.disputePenalty();
        this.disputeCountOpen = parameters.disputeCountOpen();
        this.disputeCountResolvedPaid = parameters.disputeCountResolvedPaid();
        this.disputeCountResolvedCredit = parameters.disputeCountResolvedCredit();
        this.disputeCountWrittenOff = parameters.disputeCountWrittenOff();
        this.afterHoursPenalty = parameters.afterHoursPenalty();
        this.selfInflictedPenalty = parameters.selfInflictedPenalty();
        this.advisorAccepted = parameters.advisorAccepted();
        this.advisorProposalRequested = parameters.advisorProposalRequested();
        this.advisorQuestioned = parameters.advisorQuestioned();
        this.advisorCheapestOption = parameters.advisorCheapestOption();
        this.advisorDeclined = parameters.advisorDeclined();
        this.advisorUnanswered = parameters.advisorUnanswered();
        this.advisorUnansweredAfterDays = parameters.advisorUnansweredAfterDays();
        this.sentimentBase = parameters.sentimentBase();
        this.sentimentStep = parameters.sentimentStep();
        this.gutA = parameters.gutA();
        this.gutB = parameters.gutB();
        this.gutC = parameters.gutC();
        this.gutD = parameters.gutD();
        this.weightFinancial = parameters.weightFinancial();
        this.weightRelationship = parameters.weightRelationship();
        this.weightGut = parameters.weightGut();
        this.thresholdA = parameters.thresholdA();
        this.thresholdB = parameters.thresholdB();
        this.thresholdC = parameters.thresholdC();
        this.smallClientRevenue = parameters.smallClientRevenue();
        this.tinyClientRevenue = parameters.tinyClientRevenue();
        this.overdueCapDays = parameters.overdueCapDays();
        this.lowConfidenceMinInvoices = parameters.lowConfidenceMinInvoices();
        this.lowConfidenceMinParts = parameters.lowConfidenceMinParts();
    }

    public ScoringParameters toParameters() {
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

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedById() {
        return createdById;
    }
}
