package app.criba.portfolio.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.criba.activity.Interaction;
import app.criba.activity.TimeEntry;
import app.criba.dispute.PaymentDispute;
import app.criba.gutcheck.GutCheck;
import app.criba.invoice.InvoiceLine;
import app.criba.portfolio.ClientHistory;
import app.criba.portfolio.ClientHistory.PaymentLine;
import app.criba.recommendation.Recommendation;

/**
 * One record list of a client as the JSON API returns it: every record up to the as-of date,
 * newest first. Money is a string with a decimal point, enum values are their constant names, and
 * users are named by their display name.
 */
record ApiRecords<T>(long clientId, String name, LocalDate asOf, String currency, List<T> records) {

    record PaymentRecord(String invoiceNumber, LocalDate paidOn, String amount) {

        static PaymentRecord of(PaymentLine line) {
            return new PaymentRecord(line.invoiceNumber(), line.paidOn(), ApiPortfolio.money(line.amount()));
        }
    }

    record TimeEntryRecord(long id, LocalDate workedOn, int minutes, String technician, boolean billable,
            boolean afterHours, String note) {

        static TimeEntryRecord of(TimeEntry entry) {
            return new TimeEntryRecord(entry.getId(), entry.getWorkedOn(), entry.getMinutes(), entry.getTechnician(),
                    entry.isBillable(), entry.isAfterHours(), entry.getNote());
        }
    }

    record InteractionRecord(long id, LocalDateTime occurredAt, String kind, boolean afterHours, String note,
            String loggedBy) {

        static InteractionRecord of(Interaction interaction, ClientHistory history) {
            return new InteractionRecord(interaction.getId(), interaction.getOccurredAt(), interaction.getKind().name(),
                    interaction.isAfterHours(), interaction.getNote(), history.userName(interaction.getLoggedById()));
        }
    }

    record DisputeRecord(long id, String invoiceNumber, LocalDate openedOn, String amount, String reason,
            boolean signedAgreement, String status, LocalDate resolvedOn, String resolutionNote, String loggedBy) {

        static List<DisputeRecord> listOf(ClientHistory history) {
            Map<Long, String> invoiceNumbers = history.invoices().stream()
                    .collect(Collectors.toMap(InvoiceLine::id, InvoiceLine::number));
            return history.disputes().stream().map(dispute -> of(dispute, invoiceNumbers, history)).toList();
        }

        private static DisputeRecord of(PaymentDispute dispute, Map<Long, String> invoiceNumbers, ClientHistory history) {
            return new DisputeRecord(dispute.getId(), invoiceNumbers.get(dispute.getInvoiceId()), dispute.getOpenedOn(),
                    ApiPortfolio.money(dispute.getAmount()), dispute.getReason(), dispute.isSignedAgreement(),
                    dispute.getStatus().name(), dispute.getResolvedOn(), dispute.getResolutionNote(),
                    history.userName(dispute.getLoggedById()));
        }
    }

    record RecommendationRecord(long id, LocalDate proposedOn, String title, String estimatedValue, String response,
            LocalDate respondedOn) {

        static RecommendationRecord of(Recommendation recommendation) {
            return new RecommendationRecord(recommendation.getId(), recommendation.getProposedOn(),
                    recommendation.getTitle(), ApiPortfolio.money(recommendation.getEstimatedValue()),
                    recommendation.getResponse().name(), recommendation.getRespondedOn());
        }
    }

    record GutCheckRecord(long id, LocalDate ratedOn, String grade, String rater, String comment) {

        static GutCheckRecord of(GutCheck check, ClientHistory history) {
            return new GutCheckRecord(check.getId(), check.getRatedOn(), check.getGrade().name(),
                    history.userName(check.getRaterId()), check.getComment());
        }
    }
}
