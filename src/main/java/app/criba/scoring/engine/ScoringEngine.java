package app.criba.scoring.engine;

import static app.criba.scoring.engine.Decimals.divide;
import static app.criba.scoring.engine.Decimals.round;
import static app.criba.scoring.engine.Decimals.times;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import app.criba.scoring.Grade;
import app.criba.scoring.engine.FinancialScoring.Result;
import app.criba.scoring.engine.RelationshipScoring.PartResult;

/**
 * Turns one client's aggregated facts into a scorecard. A pure function: no clock, no
 * database, no framework, so that every rule can be checked with hand-computed values.
 *
 * <p>The composite is the weighted mean of financial value, relationship health and the
 * caller-ID test, counting only the dimensions with data. The grade comes from the composite
 * rounded to two decimals, as shown, so a composite shown as 80.00 is an A. Then small clients
 * drop one or two grades, an invoice unpaid long past its due date caps the grade at C, and a
 * written-off dispute over a signed charge makes it D.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static Scorecard score(ClientFacts facts, ScoringParameters model) {
        int months = monthsMeasured(facts.clientSince(), facts.asOf(), model.windowMonths());
        Result financial = FinancialScoring.score(facts, model, months);
        List<PartResult> parts = RelationshipScoring.score(facts, model, months);
        BigDecimal relationship = RelationshipScoring.weightedMean(parts);
        BigDecimal gut = facts.latestGutCheck() == null ? null : model.gutScore(facts.latestGutCheck());
        Composite composite = Composite.of(model, financial.score(), relationship, gut);

        Grade baseGrade = gradeFor(round(composite.value()), model);
        Adjustments adjustments = Adjustments.apply(baseGrade, facts, model, financial.revenue());
        ImprovementFinder improvements = new ImprovementFinder(facts, model, financial, parts, relationship, gut,
                composite);
        List<Reason> confidence = confidenceReasons(facts, model, parts);
        Scorecard.Improvement improvement = adjustments.signedWriteOff()
                ? afterWriteOffLeaves(facts, model, adjustments.grade())
                : improvements.find(adjustments);

        return new Scorecard(facts.clientId(), facts.asOf(), model.version(), months, financial.rounded(),
                parts.stream().map(PartResult::rounded).toList(), round(relationship),
                round(RelationshipScoring.meanDaysLate(facts.punctuality())), facts.disputes().openAnyTime(),
                round(gut), gutReason(facts), round(composite.value()), baseGrade, adjustments.grade(),
                adjustments.reasons(), improvement, !confidence.isEmpty(), confidence);
    }

    /**
     * While a written-off signed charge keeps the grade at D, nothing else can lift it: the
     * client first has to wait until that dispute leaves the window. The rest of the advice is
     * worked out on the scorecard the client would have then, when its disputes score recovers.
     */
    private static Scorecard.Improvement afterWriteOffLeaves(ClientFacts facts, ScoringParameters model, Grade grade) {
        ClientFacts.DisputeFacts disputes = facts.disputes();
        Reason wait = Reason.of("reason.improve.waitWriteOff",
                disputes.latestSignedWriteOffOpenedOn().plusMonths(model.windowMonths()));
        ClientFacts.DisputeFacts withoutWriteOffs = new ClientFacts.DisputeFacts(disputes.open(),
                disputes.resolvedPaid(), disputes.resolvedCredit(),
                disputes.writtenOff() - disputes.signedWriteOffs(), 0, null, disputes.openAnyTime());
        Scorecard then = score(new ClientFacts(facts.clientId(), facts.asOf(), facts.seats(), facts.clientSince(),
                facts.invoiceCount(), facts.invoicedAmount(), facts.minutesWorked(), facts.punctuality(),
                withoutWriteOffs, facts.contacts(), facts.advice(), facts.latestGutCheck(),
                facts.latestGutCheckOn(), facts.overdue()), model);
        Grade target = grade.better();
        if (!then.grade().isWorseThan(target)) {
            return new Scorecard.Improvement(target, List.of(wait), List.of());
        }
        List<Reason> required = new ArrayList<>(List.of(wait));
        required.addAll(then.improvement().required());
        return new Scorecard.Improvement(target, List.copyOf(required), then.improvement().options());
    }

    /**
     * Counts the months the client is measured over: the whole window, or the months since it became a
     * client when that is shorter, where a started month counts whole.
     */
    static int monthsMeasured(LocalDate clientSince, LocalDate asOf, int windowMonths) {
        if (clientSince == null || !clientSince.isAfter(asOf.minusMonths(windowMonths))) {
            return windowMonths;
        }
        if (clientSince.isAfter(asOf)) {
            return 1;
        }
        Period period = Period.between(clientSince, asOf);
        long months = period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
        return (int) Math.max(1, Math.min(windowMonths, months));
    }

    static Grade gradeFor(BigDecimal composite, ScoringParameters model) {
        for (Grade grade : List.of(Grade.A, Grade.B, Grade.C)) {
            if (composite.compareTo(model.threshold(grade)) >= 0) {
                return grade;
            }
        }
        return Grade.D;
    }

    private static Reason gutReason(ClientFacts facts) {
        return facts.latestGutCheck() == null ? Reason.of("reason.gut.noData")
                : Reason.of("reason.gut.latest", facts.latestGutCheck(), facts.latestGutCheckOn());
    }

    private static List<Reason> confidenceReasons(ClientFacts facts, ScoringParameters model, List<PartResult> parts) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.invoiceCount() < model.lowConfidenceMinInvoices()) {
            reasons.add(Reason.of("reason.confidence.fewInvoices", facts.invoiceCount(),
                    model.lowConfidenceMinInvoices()));
        }
        long partsWithData = parts.stream().filter(PartResult::hasData).count();
        if (partsWithData < model.lowConfidenceMinParts()) {
            reasons.add(Reason.of("reason.confidence.fewParts", partsWithData, model.lowConfidenceMinParts()));
        }
        return reasons;
    }

    /** The weighted sum and the weights of the dimensions with data; the composite is their ratio. */
    record Composite(BigDecimal weightedSum, BigDecimal weights, BigDecimal value) {

        static Composite of(ScoringParameters model, BigDecimal financial, BigDecimal relationship, BigDecimal gut) {
            BigDecimal sum = times(model.weightFinancial(), financial);
            BigDecimal weights = model.weightFinancial();
            if (relationship != null) {
                sum = sum.add(times(model.weightRelationship(), relationship));
                weights = weights.add(model.weightRelationship());
            }
            if (gut != null) {
                sum = sum.add(times(model.weightGut(), gut));
                weights = weights.add(model.weightGut());
            }
            BigDecimal value = weights.signum() == 0 ? BigDecimal.ZERO : divide(sum, weights);
            return new Composite(sum, weights, value);
        }
    }
}
