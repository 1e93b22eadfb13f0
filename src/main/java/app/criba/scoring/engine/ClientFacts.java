package app.criba.scoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.criba.scoring.Grade;

/**
 * Everything the scoring model needs to know about one client as of a date, aggregated by SQL
 * over the window of months that ends on that date. Records dated after the as-of date are
 * not counted at all.
 *
 * @param invoiceCount invoices issued in the window
 * @param invoicedAmount sum of the invoices issued in the window, credit notes included
 * @param minutesWorked minutes of time entries in the window
 * @param latestGutCheck the latest gut check in the window, or null
 * @param overdue the unpaid invoice furthest past its due date, or null when every invoice is paid
 */
public record ClientFacts(
        long clientId,
        LocalDate asOf,
        int seats,
        LocalDate clientSince,
        int invoiceCount,
        BigDecimal invoicedAmount,
        long minutesWorked,
        PunctualityFacts punctuality,
        DisputeFacts disputes,
        ContactFacts contacts,
        AdviceFacts advice,
        Grade latestGutCheck,
        LocalDate latestGutCheckOn,
        OverdueInvoice overdue) {

    /**
     * Invoices with a positive amount whose due date is in the window and before the as-of date.
     *
     * @param amountTimesDaysLate sum of amount × days late after the grace period, where an unpaid
     *        invoice counts its days up to the as-of date
     */
    public record PunctualityFacts(int invoices, int settled, BigDecimal amount, BigDecimal amountTimesDaysLate) {

        public static PunctualityFacts none() {
            return new PunctualityFacts(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    /**
     * Disputes opened in the window, by their status as of the as-of date.
     *
     * @param signedWriteOffs written-off disputes whose charge was backed by a signed agreement
     * @param latestSignedWriteOffOpenedOn when the latest of those was opened, or null
     * @param openAnyTime disputes still open on the as-of date, whenever they were opened
     */
    public record DisputeFacts(int open, int resolvedPaid, int resolvedCredit, int writtenOff, int signedWriteOffs,
            LocalDate latestSignedWriteOffOpenedOn, int openAnyTime) {

        public static DisputeFacts none() {
            return new DisputeFacts(0, 0, 0, 0, 0, null, 0);
        }
    }

    /** Interactions in the window, by kind; afterHours counts every kind of interaction flagged after hours. */
    public record ContactFacts(int tickets, int phoneCalls, int emails, int emergencyCalls, int afterHours,
            int selfInflicted, int praise, int referrals, int complaints) {

        public static ContactFacts none() {
            return new ContactFacts(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        public int supportContacts() {
            return tickets + phoneCalls + emails + emergencyCalls;
        }
    }

    /**
     * Recommendations proposed in the window, by the answer known on the as-of date.
     *
     * @param unansweredOverdue unanswered ones proposed longer ago than the model's waiting period;
     *        younger unanswered ones are not counted at all
     */
    public record AdviceFacts(int accepted, int proposalRequested, int questioned, int cheapestOption, int declined,
            int unansweredOverdue) {

        public static AdviceFacts none() {
            return new AdviceFacts(0, 0, 0, 0, 0, 0);
        }

        public int counted() {
            return accepted + proposalRequested + questioned + cheapestOption + declined + unansweredOverdue;
        }
    }

    /** An invoice with a balance left, past its due date. */
    public record OverdueInvoice(long invoiceId, String number, BigDecimal balance, LocalDate dueDate,
            long daysPastDue) {
    }
}
