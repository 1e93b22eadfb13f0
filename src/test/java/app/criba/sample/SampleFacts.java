package app.criba.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import app.criba.activity.Interaction;
import app.criba.activity.InteractionKind;
import app.criba.activity.Interactions;
import app.criba.activity.TimeEntries;
import app.criba.activity.TimeEntry;
import app.criba.client.Client;
import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutCheck;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.InvoiceLedger;
import app.criba.invoice.InvoiceLine;
import app.criba.recommendation.Recommendation;
import app.criba.recommendation.RecommendationResponse;
import app.criba.recommendation.Recommendations;
import app.criba.scoring.engine.ClientFacts;
import app.criba.scoring.engine.ClientFacts.AdviceFacts;
import app.criba.scoring.engine.ClientFacts.ContactFacts;
import app.criba.scoring.engine.ClientFacts.DisputeFacts;
import app.criba.scoring.engine.ClientFacts.OverdueInvoice;
import app.criba.scoring.engine.ClientFacts.PunctualityFacts;
import app.criba.scoring.engine.ScoringParameters;

/**
 * Gathers one client's facts for the scoring engine by reading its records one by one, so that
 * the sample's grades can be checked before the application's own set-based aggregation exists.
 * The window is the 12 months after {@code asOf − 12 months} up to and including {@code asOf}.
 */
class SampleFacts {

    private static final ScoringParameters MODEL = ScoringParameters.defaults();

    private final InvoiceLedger ledger;
    private final TimeEntries timeEntries;
    private final Interactions interactions;
    private final PaymentDisputes disputes;
    private final Recommendations recommendations;
    private final GutChecks gutChecks;

    SampleFacts(InvoiceLedger ledger, TimeEntries timeEntries, Interactions interactions, PaymentDisputes disputes,
            Recommendations recommendations, GutChecks gutChecks) {
        this.ledger = ledger;
        this.timeEntries = timeEntries;
        this.interactions = interactions;
        this.disputes = disputes;
        this.recommendations = recommendations;
        this.gutChecks = gutChecks;
    }

    ClientFacts of(Client client, LocalDate asOf) {
        Window window = new Window(asOf.minusMonths(MODEL.windowMonths()), asOf);
        List<InvoiceLine> lines = ledger.forClient(client.getId(), asOf);
        List<InvoiceLine> issued = lines.stream().filter(line -> window.contains(line.issueDate())).toList();
        BigDecimal invoiced = issued.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long minutes = timeEntries.findByClientIdOrderByWorkedOnDesc(client.getId()).stream()
                .filter(entry -> window.contains(entry.getWorkedOn())).mapToLong(TimeEntry::getMinutes).sum();
        List<GutCheck> checks = gutChecks.findByClientIdOrderByRatedOnDesc(client.getId()).stream()
                .filter(check -> window.contains(check.getRatedOn())).toList();
        GutCheck latest = checks.isEmpty() ? null : checks.get(0);

        return new ClientFacts(client.getId(), asOf, client.getSeats(), client.getClientSince(), issued.size(), invoiced,
                minutes, punctuality(lines, window), disputes(client, window), contacts(client, window),
                advice(client, window), latest == null ? null : latest.getGrade(),
                latest == null ? null : latest.getRatedOn(), overdue(lines, asOf));
    }

    private static PunctualityFacts punctuality(List<InvoiceLine> lines, Window window) {
        List<InvoiceLine> due = lines.stream()
                .filter(line -> line.amount().signum() > 0 && window.contains(line.dueDate())
                        && line.dueDate().isBefore(window.asOf()))
                .toList();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weightedDays = BigDecimal.ZERO;
        for (InvoiceLine line : due) {
            long daysLate = Math.max(0, line.daysLate() - MODEL.graceDays());
            amount = amount.add(line.amount());
            weightedDays = weightedDays.add(line.amount().multiply(BigDecimal.valueOf(daysLate)));
        }
        int settled = (int) due.stream().filter(InvoiceLine::isSettled).count();
        return new PunctualityFacts(due.size(), settled, amount, weightedDays);
    }

    private DisputeFacts disputes(Client client, Window window) {
        List<PaymentDispute> all = disputes.findByClientIdOrderByOpenedOnDesc(client.getId()).stream()
                .filter(dispute -> !dispute.getOpenedOn().isAfter(window.asOf())).toList();
        List<PaymentDispute> opened = all.stream().filter(dispute -> window.contains(dispute.getOpenedOn())).toList();
        List<PaymentDispute> signedWriteOffs = opened.stream()
                .filter(dispute -> statusOn(dispute, window.asOf()) == DisputeStatus.WRITTEN_OFF && dispute.isSignedAgreement())
                .toList();
        return new DisputeFacts(count(opened, DisputeStatus.OPEN, window), count(opened, DisputeStatus.RESOLVED_PAID, window),
                count(opened, DisputeStatus.RESOLVED_CREDIT, window), count(opened, DisputeStatus.WRITTEN_OFF, window),
                signedWriteOffs.size(),
                signedWriteOffs.stream().map(PaymentDispute::getOpenedOn).max(Comparator.naturalOrder()).orElse(null),
                count(all, DisputeStatus.OPEN, window));
    }

    private static int count(List<PaymentDispute> disputes, DisputeStatus status, Window window) {
        return (int) disputes.stream().filter(dispute -> statusOn(dispute, window.asOf()) == status).count();
    }

    private static DisputeStatus statusOn(PaymentDispute dispute, LocalDate asOf) {
        boolean resolved = dispute.getResolvedOn() != null && !dispute.getResolvedOn().isAfter(asOf);
        return resolved ? dispute.getStatus() : DisputeStatus.OPEN;
    }

    private ContactFacts contacts(Client client, Window window) {
        List<Interaction> inWindow = interactions.findByClientIdOrderByOccurredAtDesc(client.getId()).stream()
                .filter(interaction -> window.contains(interaction.getOccurredAt().toLocalDate())).toList();
        return new ContactFacts(count(inWindow, InteractionKind.TICKET), count(inWindow, InteractionKind.PHONE_CALL),
                count(inWindow, InteractionKind.EMAIL), count(inWindow, InteractionKind.EMERGENCY_CALL),
                (int) inWindow.stream().filter(Interaction::isAfterHours).count(),
                count(inWindow, InteractionKind.SELF_INFLICTED_INCIDENT), count(inWindow, InteractionKind.PRAISE),
                count(inWindow, InteractionKind.REFERRAL), count(inWindow, InteractionKind.COMPLAINT));
    }

    private static int count(List<Interaction> interactions, InteractionKind kind) {
        return (int) interactions.stream().filter(interaction -> interaction.getKind() == kind).count();
    }

    private AdviceFacts advice(Client client, Window window) {
        List<Recommendation> proposed = recommendations.findByClientIdOrderByProposedOnDesc(client.getId()).stream()
                .filter(recommendation -> window.contains(recommendation.getProposedOn())).toList();
        LocalDate waitedLongEnough = window.asOf().minusDays(MODEL.advisorUnansweredAfterDays());
        int unansweredOverdue = (int) proposed.stream()
                .filter(recommendation -> answerOn(recommendation, window.asOf()) == RecommendationResponse.NONE)
                .filter(recommendation -> !recommendation.getProposedOn().isAfter(waitedLongEnough))
                .count();
        return new AdviceFacts(count(proposed, RecommendationResponse.ACCEPTED, window),
                count(proposed, RecommendationResponse.PROPOSAL_REQUESTED, window),
                count(proposed, RecommendationResponse.QUESTIONED, window),
                count(proposed, RecommendationResponse.CHEAPEST_OPTION, window),
                count(proposed, RecommendationResponse.DECLINED, window), unansweredOverdue);
    }

    private static int count(List<Recommendation> recommendations, RecommendationResponse response, Window window) {
        return (int) recommendations.stream()
                .filter(recommendation -> answerOn(recommendation, window.asOf()) == response).count();
    }

    private static RecommendationResponse answerOn(Recommendation recommendation, LocalDate asOf) {
        boolean answered = recommendation.getRespondedOn() != null && !recommendation.getRespondedOn().isAfter(asOf);
        return answered ? recommendation.getResponse() : RecommendationResponse.NONE;
    }

    /** Returns the unpaid invoice furthest past its due date, or null when none is past due. */
    private static OverdueInvoice overdue(List<InvoiceLine> lines, LocalDate asOf) {
        return lines.stream()
                .filter(line -> line.balance().signum() > 0 && line.dueDate().isBefore(asOf))
                .min(Comparator.comparing(InvoiceLine::dueDate))
                .map(line -> new OverdueInvoice(line.id(), line.number(), line.balance(), line.dueDate(),
                        ChronoUnit.DAYS.between(line.dueDate(), asOf)))
                .orElse(null);
    }

    /**
     * The scoring window: after {@code start}, up to and including {@code asOf}.
     * NOTE: leaving out the window's first day is a guess until the application's own aggregation
     * is written. It matters on the first of a month, when a recurring invoice issued exactly a
     * year earlier would count in a window that includes that day.
     */
    private record Window(LocalDate start, LocalDate asOf) {

        boolean contains(LocalDate day) {
            return day.isAfter(start) && !day.isAfter(asOf);
        }
    }
}
