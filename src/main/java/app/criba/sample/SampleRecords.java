package app.criba.sample;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.activity.Interaction;
import app.criba.activity.TimeEntry;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.dispute.PaymentDispute;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutCheck;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.Invoice;
import app.criba.invoice.Invoices;
import app.criba.recommendation.Recommendation;
import app.criba.recommendation.Recommendations;

/**
 * Saves the records of one sample-portfolio load and counts them by kind. Time entries and
 * interactions, about five records in six, are built as entities so that their constructors
 * check them, but {@link #flush()} inserts them in JDBC batches. Hibernate cannot batch inserts of
 * entities with database-generated ids, and inserting them one at a time made a load several
 * times slower.
 */
final class SampleRecords {

    private final Clients clients;
    private final Invoices invoices;
    private final JdbcTemplate jdbc;
    private final PaymentDisputes disputes;
    private final Recommendations recommendations;
    private final GutChecks gutChecks;
    private final List<Long> staffIds;

    private final List<TimeEntry> pendingTimeEntries = new ArrayList<>();
    private final List<Interaction> pendingInteractions = new ArrayList<>();
    private final Set<Long> clientIds = new LinkedHashSet<>();
    private int invoiceCount;
    private int creditNoteCount;
    private int paymentCount;
    private int timeEntryCount;
    private int interactionCount;
    private int disputeCount;
    private int recommendationCount;
    private int gutCheckCount;

    /** @param staffIds users who become account managers, raters and loggers of the records, in turn */
    SampleRecords(Clients clients, Invoices invoices, PaymentDisputes disputes, Recommendations recommendations,
            GutChecks gutChecks, JdbcTemplate jdbc, List<Long> staffIds) {
        this.clients = clients;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.recommendations = recommendations;
        this.gutChecks = gutChecks;
        this.staffIds = new ArrayList<>(staffIds);
    }

    /** Returns the user who looks after the client numbered {@code clientNumber}, or null when no user exists. */
    Long staffMember(int clientNumber) {
        return staffIds.isEmpty() ? null : staffIds.get(clientNumber % staffIds.size());
    }

    Client save(Client client) {
        Client saved = clients.save(client);
        clientIds.add(saved.getId());
        return saved;
    }

    Invoice save(Invoice invoice) {
        invoiceCount++;
        if (invoice.getAmount().signum() < 0) {
            creditNoteCount++;
        }
        paymentCount += invoice.getPayments().size();
        return invoices.save(invoice);
    }

    void save(TimeEntry entry) {
        timeEntryCount++;
        pendingTimeEntries.add(entry);
    }

    void save(Interaction interaction) {
        interactionCount++;
        pendingInteractions.add(interaction);
    }

    /** Inserts the time entries and interactions saved since the last flush, in the current transaction. */
    void flush() {
        jdbc.batchUpdate("""
                insert into time_entry (client_id, worked_on, minutes, technician, billable, after_hours, note)
                values (?, ?, ?, ?, ?, ?, ?)""",
                pendingTimeEntries.stream().map(entry -> new Object[] { entry.getClientId(),
                        Date.valueOf(entry.getWorkedOn()), entry.getMinutes(), entry.getTechnician(), entry.isBillable(),
                        entry.isAfterHours(), entry.getNote() }).toList());
        jdbc.batchUpdate("""
                insert into interaction (client_id, occurred_at, kind, after_hours, note, logged_by_id)
                values (?, ?, ?, ?, ?, ?)""",
                pendingInteractions.stream().map(interaction -> new Object[] { interaction.getClientId(),
                        Timestamp.valueOf(interaction.getOccurredAt()), interaction.getKind().name(),
                        interaction.isAfterHours(), interaction.getNote(), interaction.getLoggedById() }).toList());
        pendingTimeEntries.clear();
        pendingInteractions.clear();
    }

    void save(PaymentDispute dispute) {
        disputeCount++;
        disputes.save(dispute);
    }

    void save(Recommendation recommendation) {
        recommendationCount++;
        recommendations.save(recommendation);
    }

    void save(GutCheck gutCheck) {
        gutCheckCount++;
        gutChecks.save(gutCheck);
    }

    Set<Long> clientIds() {
        return Set.copyOf(clientIds);
    }

    SampleSummary summary() {
        return new SampleSummary(clientIds.size(), invoiceCount, creditNoteCount, paymentCount, timeEntryCount,
                interactionCount, disputeCount, recommendationCount, gutCheckCount);
    }
}
