package app.criba.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.criba.activity.Interaction;
import app.criba.activity.TimeEntry;
import app.criba.client.Client;
import app.criba.dispute.PaymentDispute;
import app.criba.gutcheck.GutCheck;
import app.criba.invoice.InvoiceLine;
import app.criba.recommendation.Recommendation;

/**
 * Everything recorded about one client up to a date, newest first, with the names of the users
 * who logged each record.
 */
public record ClientHistory(Client client, String accountManagerName, List<InvoiceLine> invoices,
        List<PaymentLine> payments, List<TimeEntry> timeEntries, List<Interaction> interactions,
        List<PaymentDispute> disputes, List<Recommendation> recommendations, List<GutCheck> gutChecks,
        Map<Long, String> userNames) {

    /** A payment with the number of the invoice it settles. */
    public record PaymentLine(String invoiceNumber, LocalDate paidOn, BigDecimal amount) {
    }

    public String userName(Long userId) {
        return userId == null ? null : userNames.get(userId);
    }
}
