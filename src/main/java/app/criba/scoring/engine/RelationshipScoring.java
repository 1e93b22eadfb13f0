package app.criba.scoring.engine;

import static app.criba.scoring.engine.Decimals.HUNDRED;
import static app.criba.scoring.engine.Decimals.clampScore;
import static app.criba.scoring.engine.Decimals.divide;
import static app.criba.scoring.engine.Decimals.round;
import static app.criba.scoring.engine.Decimals.times;
import static app.criba.scoring.engine.Decimals.whole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.criba.scoring.engine.ClientFacts.AdviceFacts;
import app.criba.scoring.engine.ClientFacts.ContactFacts;
import app.criba.scoring.engine.ClientFacts.DisputeFacts;
import app.criba.scoring.engine.ClientFacts.PunctualityFacts;

/** Scores the five parts of relationship health; a part without data has a null score and does not count. */
final class RelationshipScoring {

    private RelationshipScoring() {
    }

    /** One part with its unrounded score, kept for the weighted mean and the improvement search. */
    record PartResult(RelationshipPart kind, BigDecimal score, BigDecimal weight, List<Reason> reasons) {

        boolean hasData() {
            return score != null;
        }

        Scorecard.Part rounded() {
            return new Scorecard.Part(kind, round(score), weight, reasons);
        }
    }

    static List<PartResult> score(ClientFacts facts, ScoringParameters model, int months) {
        return List.of(punctuality(facts.punctuality(), model), disputes(facts, model),
                process(facts.contacts(), model, months), advisor(facts.advice(), model),
                sentiment(facts.contacts(), model));
    }

    /** The weighted mean of the parts with data, or null when none has data. */
    static BigDecimal weightedMean(List<PartResult> parts) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (PartResult part : parts) {
            if (part.hasData()) {
                weighted = weighted.add(times(part.weight(), part.score()));
                weights = weights.add(part.weight());
            }
        }
        return weights.signum() == 0 ? null : divide(weighted, weights);
    }

    /** Amount-weighted mean days late after the grace period, or null without due invoices. */
    static BigDecimal meanDaysLate(PunctualityFacts facts) {
        return facts.invoices() == 0 || facts.amount().signum() <= 0 ? null
                : divide(facts.amountTimesDaysLate(), facts.amount());
    }

    private static PartResult punctuality(PunctualityFacts facts, ScoringParameters model) {
        BigDecimal meanDaysLate = meanDaysLate(facts);
        if (meanDaysLate == null) {
            return noData(RelationshipPart.PUNCTUALITY, model.weightPunctuality(), "reason.punctuality.noData");
        }
        BigDecimal score = times(HUNDRED, BigDecimal.ONE.subtract(divide(meanDaysLate, model.daysLateForZero())));
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("reason.punctuality.summary", facts.invoices(), round(meanDaysLate), model.graceDays()));
        int unpaid = facts.invoices() - facts.settled();
        if (unpaid > 0) {
            reasons.add(Reason.of("reason.punctuality.unpaid", unpaid));
        }
        return new PartResult(RelationshipPart.PUNCTUALITY, clampScore(score), model.weightPunctuality(), reasons);
    }

    private static PartResult disputes(ClientFacts facts, ScoringParameters model) {
        if (facts.invoiceCount() == 0) {
            return noData(RelationshipPart.DISPUTES, model.weightDisputes(), "reason.disputes.noData");
        }
        DisputeFacts disputes = facts.disputes();
        int count = disputes.open() * model.disputeCountOpen()
                + disputes.resolvedPaid() * model.disputeCountResolvedPaid()
                + disputes.resolvedCredit() * model.disputeCountResolvedCredit()
                + disputes.writtenOff() * model.disputeCountWrittenOff();
        BigDecimal score = HUNDRED.subtract(times(model.disputePenalty(), whole(count))).max(BigDecimal.ZERO);
        int opened = disputes.open() + disputes.resolvedPaid() + disputes.resolvedCredit() + disputes.writtenOff();
        Reason reason = opened == 0
                        ? Reason.of("reason.disputes.none")
                        : Reason.of("reason.disputes.summary", disputes.open(), disputes.resolvedPaid(),
                                disputes.resolvedCredit(), disputes.writtenOff(), count);
        return new PartResult(RelationshipPart.DISPUTES, score, model.weightDisputes(), List.of(reason));
    }

    private static PartResult process(ContactFacts contacts, ScoringParameters model, int months) {
        int supportContacts = contacts.supportContacts();
        if (supportContacts == 0) {
            return noData(RelationshipPart.PROCESS, model.weightProcess(), "reason.process.noData");
        }
        BigDecimal ticketShare = divide(whole(contacts.tickets()), supportContacts);
        BigDecimal afterHoursPerMonth = divide(whole(contacts.afterHours()), months);
        BigDecimal selfInflictedPerMonth = divide(whole(contacts.selfInflicted()), months);
        BigDecimal score = times(HUNDRED, ticketShare)
                .subtract(times(model.afterHoursPenalty(), afterHoursPerMonth))
                .subtract(times(model.selfInflictedPenalty(), selfInflictedPerMonth));
        List<Reason> reasons = List.of(
                Reason.of("reason.process.tickets", contacts.tickets(), supportContacts,
                        round(times(HUNDRED, ticketShare))),
                Reason.of("reason.process.afterHours", contacts.afterHours(), round(afterHoursPerMonth),
                        contacts.emergencyCalls()),
                Reason.of("reason.process.selfInflicted", contacts.selfInflicted(), round(selfInflictedPerMonth)));
        return new PartResult(RelationshipPart.PROCESS, clampScore(score), model.weightProcess(), reasons);
    }

    private static PartResult advisor(AdviceFacts advice, ScoringParameters model) {
        int counted = advice.counted();
        if (counted == 0) {
            return noData(RelationshipPart.ADVISOR, model.weightAdvisor(), "reason.advisor.noData");
        }
        BigDecimal total = times(whole(advice.accepted()), model.advisorAccepted())
                .add(times(whole(advice.proposalRequested()), model.advisorProposalRequested()))
                .add(times(whole(advice.questioned()), model.advisorQuestioned()))
                .add(times(whole(advice.cheapestOption()), model.advisorCheapestOption()))
                .add(times(whole(advice.declined()), model.advisorDeclined()))
                .add(times(whole(advice.unansweredOverdue()), model.advisorUnanswered()));
        Reason reason = Reason.of("reason.advisor.summary", counted, advice.accepted() + advice.proposalRequested(),
                advice.questioned(), advice.cheapestOption(), advice.declined(), advice.unansweredOverdue(),
                model.advisorUnansweredAfterDays());
        return new PartResult(RelationshipPart.ADVISOR, divide(total, counted), model.weightAdvisor(), List.of(reason));
    }

    private static PartResult sentiment(ContactFacts contacts, ScoringParameters model) {
        int positives = contacts.praise() + contacts.referrals();
        int negatives = contacts.complaints();
        if (positives + negatives == 0) {
            return noData(RelationshipPart.SENTIMENT, model.weightSentiment(), "reason.sentiment.noData");
        }
        BigDecimal score = model.sentimentBase().add(times(model.sentimentStep(), whole(positives - negatives)));
        Reason reason = Reason.of("reason.sentiment.summary", contacts.praise(), contacts.referrals(),
                contacts.complaints());
        return new PartResult(RelationshipPart.SENTIMENT, clampScore(score), model.weightSentiment(), List.of(reason));
    }

    private static PartResult noData(RelationshipPart kind, BigDecimal weight, String code) {
        return new PartResult(kind, null, weight, List.of(Reason.of(code)));
    }
}
