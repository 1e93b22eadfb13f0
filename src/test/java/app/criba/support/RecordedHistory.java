package app.criba.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.beans.factory.ListableBeanFactory;

import app.criba.activity.Interaction;
import app.criba.activity.InteractionKind;
import app.criba.activity.Interactions;
import app.criba.activity.TimeEntries;
import app.criba.activity.TimeEntry;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutCheck;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceKind;
import app.criba.invoice.Invoices;
import app.criba.recommendation.Recommendation;
import app.criba.recommendation.RecommendationResponse;
import app.criba.recommendation.Recommendations;
import app.criba.scoring.Grade;

/**
 * Stores one client with records of every kind up to {@link #AS_OF}, and one of each kind after
 * it, for the tests of the record lists. Notes hold quotes, line breaks and text that a
 * spreadsheet would run as a formula.
 */
public final class RecordedHistory {

    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    public static final String CLIENT_NAME = "Clínica Dental Roble, S.L.";
    public static final String TIME_NOTE = "Replaced the \"main\" switch; rebooted\nthe server, twice";
    public static final String DISPUTE_REASON = "Desplazamiento \"no acordado\"";

    private RecordedHistory() {
    }

    public static Client store(ListableBeanFactory beans, Long ownerId) {
        Client client = TestRecords.client(beans.getBean(Clients.class), CLIENT_NAME, ContractType.MANAGED, 12);
        Long clientId = client.getId();

        Invoices invoices = beans.getBean(Invoices.class);
        Invoice paid = invoice(clientId, "F-001", LocalDate.of(2025, 1, 1), "1200.00");
        paid.recordPayment(LocalDate.of(2025, 1, 20), new BigDecimal("1200.00"));
        invoices.save(paid);
        invoices.save(invoice(clientId, "AB-1", LocalDate.of(2025, 2, 1), "-150.00"));
        Invoice partlyPaid = invoice(clientId, "F-002", LocalDate.of(2025, 3, 1), "800.00");
        partlyPaid.recordPayment(LocalDate.of(2025, 3, 20), new BigDecimal("300.00"));
        partlyPaid.recordPayment(LocalDate.of(2025, 7, 10), new BigDecimal("500.00"));
        invoices.save(partlyPaid);
        invoices.save(invoice(clientId, "F-003", LocalDate.of(2025, 8, 1), "900.00"));

        TimeEntries timeEntries = beans.getBean(TimeEntries.class);
        timeEntries.save(new TimeEntry(clientId, LocalDate.of(2025, 4, 2), 90, "Ana Técnica", true, false, TIME_NOTE));
        timeEntries.save(new TimeEntry(clientId, LocalDate.of(2025, 5, 9), 30, "Luis", false, true, null));
        timeEntries.save(new TimeEntry(clientId, LocalDate.of(2025, 7, 1), 45, "Luis", true, false, "later"));

        Interactions interactions = beans.getBean(Interactions.class);
        interactions.save(new Interaction(clientId, LocalDateTime.of(2025, 5, 3, 22, 15), InteractionKind.EMERGENCY_CALL,
                true, "-cmd", ownerId));
        interactions.save(new Interaction(clientId, LocalDateTime.of(2025, 7, 3, 10, 0), InteractionKind.PRAISE, false,
                "later", ownerId));

        PaymentDisputes disputes = beans.getBean(PaymentDisputes.class);
        PaymentDispute dispute = new PaymentDispute(clientId, partlyPaid.getId(), LocalDate.of(2025, 3, 25),
                new BigDecimal("500.00"), DISPUTE_REASON, false, ownerId);
        dispute.resolve(DisputeStatus.RESOLVED_PAID, LocalDate.of(2025, 6, 2), "Paid after a call");
        disputes.save(dispute);
        disputes.save(new PaymentDispute(clientId, null, LocalDate.of(2025, 7, 15), new BigDecimal("90.00"), "later",
                false, ownerId));

        Recommendations recommendations = beans.getBean(Recommendations.class);
        Recommendation backup = new Recommendation(clientId, LocalDate.of(2025, 2, 10), "Replace the backup system",
                new BigDecimal("5000.00"));
        backup.answer(RecommendationResponse.PROPOSAL_REQUESTED, LocalDate.of(2025, 2, 20));
        recommendations.save(backup);
        recommendations.save(new Recommendation(clientId, LocalDate.of(2025, 9, 1), "later", null));

        GutChecks gutChecks = beans.getBean(GutChecks.class);
        gutChecks.save(new GutCheck(clientId, LocalDate.of(2025, 6, 1), Grade.B, ownerId, "@SUM(A1)"));
        gutChecks.save(new GutCheck(clientId, LocalDate.of(2025, 10, 1), Grade.A, ownerId, "later"));

        return client;
    }

    private static Invoice invoice(Long clientId, String number, LocalDate issued, String amount) {
        LocalDate due = new BigDecimal(amount).signum() < 0 ? issued : issued.plusDays(14);
        return new Invoice(clientId, number, issued, due, new BigDecimal(amount), BillingMethod.ELECTRONIC,
                InvoiceKind.RECURRING);
    }
}
