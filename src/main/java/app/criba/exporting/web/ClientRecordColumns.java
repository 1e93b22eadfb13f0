package app.criba.exporting.web;

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
import app.criba.system.csv.CsvColumn;
import app.criba.system.csv.CsvTable;

/**
 * The columns of each record list of the client page, as exported: the page's columns, plus
 * the values the page leaves out for room (amount paid, resolution note, who logged a dispute).
 */
final class ClientRecordColumns {

    private ClientRecordColumns() {
    }

    static CsvTable<InvoiceLine> invoices(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.invoice.number", InvoiceLine::number),
                CsvColumn.of("records.invoice.issueDate", InvoiceLine::issueDate),
                CsvColumn.of("records.invoice.dueDate", InvoiceLine::dueDate),
                CsvColumn.money("records.invoice.amount", InvoiceLine::amount),
                CsvColumn.money("export.column.paid", InvoiceLine::paid),
                CsvColumn.of("records.invoice.settledOn", InvoiceLine::settledOn),
                CsvColumn.of("records.invoice.daysLate", InvoiceLine::daysLate),
                CsvColumn.money("records.invoice.balance", InvoiceLine::balance),
                CsvColumn.of("records.invoice.billingMethod", InvoiceLine::billingMethod),
                CsvColumn.of("records.invoice.kind", InvoiceLine::kind)),
                history.invoices());
    }

    static CsvTable<PaymentLine> payments(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.payment.paidOn", PaymentLine::paidOn),
                CsvColumn.of("export.column.invoice", PaymentLine::invoiceNumber),
                CsvColumn.money("records.payment.amount", PaymentLine::amount)),
                history.payments());
    }

    static CsvTable<TimeEntry> timeEntries(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.timeEntry.workedOn", TimeEntry::getWorkedOn),
                CsvColumn.of("records.timeEntry.minutes", TimeEntry::getMinutes),
                CsvColumn.of("records.timeEntry.technician", TimeEntry::getTechnician),
                CsvColumn.of("records.timeEntry.billable", TimeEntry::isBillable),
                CsvColumn.of("records.timeEntry.afterHours", TimeEntry::isAfterHours),
                CsvColumn.of("records.timeEntry.note", TimeEntry::getNote)),
                history.timeEntries());
    }

    static CsvTable<Interaction> interactions(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.interaction.occurredAt", Interaction::getOccurredAt),
                CsvColumn.of("records.interaction.kind", Interaction::getKind),
                CsvColumn.of("records.interaction.afterHours", Interaction::isAfterHours),
                CsvColumn.of("records.interaction.note", Interaction::getNote),
                CsvColumn.of("records.interaction.loggedBy",
                        (Interaction interaction) -> history.userName(interaction.getLoggedById()))),
                history.interactions());
    }

    static CsvTable<PaymentDispute> disputes(ClientHistory history) {
        Map<Long, String> invoiceNumbers = history.invoices().stream()
                .collect(Collectors.toMap(InvoiceLine::id, InvoiceLine::number));
        return new CsvTable<>(List.of(
                CsvColumn.of("records.dispute.openedOn", PaymentDispute::getOpenedOn),
                CsvColumn.of("export.column.invoice",
                        (PaymentDispute dispute) -> invoiceNumbers.get(dispute.getInvoiceId())),
                CsvColumn.money("records.dispute.amount", PaymentDispute::getAmount),
                CsvColumn.of("records.dispute.reason", PaymentDispute::getReason),
                CsvColumn.of("records.dispute.signedAgreement", PaymentDispute::isSignedAgreement),
                CsvColumn.of("records.dispute.status", PaymentDispute::getStatus),
                CsvColumn.of("records.dispute.resolvedOn", PaymentDispute::getResolvedOn),
                CsvColumn.of("export.column.resolutionNote", PaymentDispute::getResolutionNote),
                CsvColumn.of("export.column.loggedBy",
                        (PaymentDispute dispute) -> history.userName(dispute.getLoggedById()))),
                history.disputes());
    }

    static CsvTable<Recommendation> recommendations(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.recommendation.proposedOn", Recommendation::getProposedOn),
                CsvColumn.of("records.recommendation.title", Recommendation::getTitle),
                CsvColumn.money("records.recommendation.estimatedValue", Recommendation::getEstimatedValue),
                CsvColumn.of("records.recommendation.response", Recommendation::getResponse),
                CsvColumn.of("records.recommendation.respondedOn", Recommendation::getRespondedOn)),
                history.recommendations());
    }

    static CsvTable<GutCheck> gutChecks(ClientHistory history) {
        return new CsvTable<>(List.of(
                CsvColumn.of("records.gutCheck.ratedOn", GutCheck::getRatedOn),
                CsvColumn.of("records.gutCheck.grade", (GutCheck check) -> check.getGrade().name()),
                CsvColumn.of("records.gutCheck.rater", (GutCheck check) -> history.userName(check.getRaterId())),
                CsvColumn.of("records.gutCheck.comment", GutCheck::getComment)),
                history.gutChecks());
    }
}
