package app.criba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import app.criba.activity.ActivityService;
import app.criba.activity.InteractionKind;
import app.criba.client.Client;
import app.criba.client.ClientDetails;
import app.criba.client.ClientService;
import app.criba.client.ClientStatus;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeService;
import app.criba.dispute.DisputeStatus;
import app.criba.gutcheck.GutCheckService;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceDetails;
import app.criba.invoice.InvoiceDetails.ReceivedPayment;
import app.criba.invoice.InvoiceKind;
import app.criba.invoice.InvoiceService;
import app.criba.recommendation.RecommendationResponse;
import app.criba.recommendation.RecommendationService;
import app.criba.scoring.Grade;
import app.criba.scoring.ScoringModelService;
import app.criba.scoring.ScoringService;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/** Every service change writes one audit entry with the signed-in user and the values before and after. */
@IntegrationTest
@WithMockUser(username = TestRows.USER_EMAIL)
class AuditedChangesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    ActivityService activity;

    @Autowired
    DisputeService disputes;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    GutCheckService gutChecks;

    @Autowired
    ScoringModelService models;

    @Autowired
    ScoringService scoring;

    long ownerId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        ownerId = new TestRows(jdbc).owner();
    }

    private Client createClient() {
        return clients.create(details("Ferretería Ruiz", 12));
    }

    private static ClientDetails details(String name, int seats) {
        return new ClientDetails(name, null, ContractType.MANAGED, seats, null, null, null, "es", 30,
                ClientStatus.ACTIVE, null, null);
    }

    @Test
    void clientCreationRecordsEveryField() {
        Client client = createClient();

        List<AuditEntries.Stored> entries = AuditEntries.all(jdbc);
        assertThat(entries).hasSize(1);
        AuditEntries.Stored created = entries.get(0);
        assertThat(created.kind()).isEqualTo("CLIENT");
        assertThat(created.action()).isEqualTo("CREATED");
        assertThat(created.entityId()).isEqualTo(client.getId());
        assertThat(created.clientId()).isEqualTo(client.getId());
        assertThat(created.userId()).isEqualTo(ownerId);
        assertThat(created.userName()).isEqualTo("Olga Owner");
        assertThat(created.before()).isNull();
        assertThat(created.after()).contains(entry("name", "Ferretería Ruiz"), entry("seats", 12),
                entry("contractType", "MANAGED"), entry("status", "ACTIVE"));
    }

    @Test
    void clientUpdateRecordsOnlyChangedFields() {
        Client client = createClient();

        clients.update(client.getId(), client.getVersion(), details("Ferretería Ruiz e Hijos", 15));

        AuditEntries.Stored updated = AuditEntries.all(jdbc).get(1);
        assertThat(updated.action()).isEqualTo("UPDATED");
        assertThat(updated.before()).containsOnly(entry("name", "Ferretería Ruiz"), entry("seats", 12));
        assertThat(updated.after()).containsOnly(entry("name", "Ferretería Ruiz e Hijos"), entry("seats", 15));
    }

    @Test
    void unchangedSaveRecordsNothing() {
        Client client = createClient();

        clients.update(client.getId(), client.getVersion(), details("Ferretería Ruiz", 12));

        assertThat(AuditEntries.all(jdbc)).extracting(AuditEntries.Stored::action).containsExactly("CREATED");
    }

    @Test
    void invoiceEditRecordsInvoiceAndPaymentChanges() {
        long clientId = createClient().getId();
        Invoice invoice = invoices.create(clientId, new InvoiceDetails("F-1", DAY, DAY.plusDays(30),
                new BigDecimal("100.00"), BillingMethod.ELECTRONIC, InvoiceKind.RECURRING,
                List.of(new ReceivedPayment(DAY.plusDays(10), new BigDecimal("40.00")))));

        invoices.update(clientId, invoice.getId(), invoice.getVersion(), new InvoiceDetails("F-1", DAY,
                DAY.plusDays(30), new BigDecimal("120.00"), BillingMethod.ELECTRONIC, InvoiceKind.RECURRING,
                List.of(new ReceivedPayment(DAY.plusDays(20), new BigDecimal("120.00")))));

        List<AuditEntries.Stored> invoiceEntries = AuditEntries.ofKind(jdbc, "INVOICE");
        assertThat(invoiceEntries).extracting(AuditEntries.Stored::action).containsExactly("CREATED", "UPDATED");
        assertThat(invoiceEntries.get(0).after()).contains(entry("number", "F-1"), entry("dueDate", "2025-04-02"));
        assertThat(invoiceEntries.get(1).before()).containsOnly(entry("amount", 100.00));
        assertThat(invoiceEntries.get(1).after()).containsOnly(entry("amount", 120.00));
        assertThat(invoiceEntries.get(1).clientId()).isEqualTo(clientId);

        List<AuditEntries.Stored> paymentEntries = AuditEntries.ofKind(jdbc, "PAYMENT");
        assertThat(paymentEntries).extracting(AuditEntries.Stored::action)
                .containsExactly("CREATED", "DELETED", "CREATED");
        assertThat(paymentEntries.get(1).before()).contains(entry("paidOn", "2025-03-13"), entry("amount", 40.00));
        assertThat(paymentEntries.get(2).after()).contains(entry("paidOn", "2025-03-23"), entry("amount", 120.00));
        assertThat(paymentEntries).allSatisfy(payment -> assertThat(payment.entityId()).isNotNull());
    }

    @Test
    void timeEntryAndInteractionAreRecorded() {
        long clientId = createClient().getId();

        long entryId = activity.logTime(clientId, DAY, 90, "Ana", true, false, "Backup").getId();
        long interactionId = activity.logInteraction(clientId, LocalDateTime.of(2025, 3, 3, 22, 15),
                InteractionKind.EMERGENCY_CALL, true, "Server down").getId();

        AuditEntries.Stored time = AuditEntries.ofKind(jdbc, "TIME_ENTRY").get(0);
        assertThat(time.entityId()).isEqualTo(entryId);
        assertThat(time.clientId()).isEqualTo(clientId);
        assertThat(time.after()).contains(entry("minutes", 90), entry("technician", "Ana"), entry("billable", true));
        AuditEntries.Stored interaction = AuditEntries.ofKind(jdbc, "INTERACTION").get(0);
        assertThat(interaction.entityId()).isEqualTo(interactionId);
        assertThat(interaction.after()).contains(entry("kind", "EMERGENCY_CALL"),
                entry("occurredAt", "2025-03-03T22:15"), entry("afterHours", true));
    }

    @Test
    void disputeOpeningAndResolutionAreRecorded() {
        long clientId = createClient().getId();
        long disputeId = disputes.open(clientId, null, DAY, new BigDecimal("250.00"), "Travel fee", false).getId();

        disputes.resolve(clientId, disputeId, 0L, DisputeStatus.RESOLVED_PAID, DAY.plusDays(5), "Paid in full");

        List<AuditEntries.Stored> entries = AuditEntries.ofKind(jdbc, "DISPUTE");
        assertThat(entries).extracting(AuditEntries.Stored::action).containsExactly("CREATED", "UPDATED");
        assertThat(entries.get(0).after()).contains(entry("reason", "Travel fee"), entry("status", "OPEN"));
        assertThat(entries.get(1).before()).containsOnly(entry("status", "OPEN"), entry("resolvedOn", null),
                entry("resolutionNote", null));
        assertThat(entries.get(1).after()).containsOnly(entry("status", "RESOLVED_PAID"),
                entry("resolvedOn", "2025-03-08"), entry("resolutionNote", "Paid in full"));
    }

    @Test
    void recommendationAndAnswerAreRecorded() {
        long clientId = createClient().getId();
        var recommendation = recommendations.propose(clientId, DAY, "Replace backup", new BigDecimal("3000"));

        recommendations.answer(clientId, recommendation.getId(), recommendation.getVersion(),
                RecommendationResponse.PROPOSAL_REQUESTED, DAY.plusDays(2));

        List<AuditEntries.Stored> entries = AuditEntries.ofKind(jdbc, "RECOMMENDATION");
        assertThat(entries).extracting(AuditEntries.Stored::action).containsExactly("CREATED", "UPDATED");
        assertThat(entries.get(0).after()).contains(entry("title", "Replace backup"));
        assertThat(entries.get(1).before()).containsOnly(entry("response", "NONE"), entry("respondedOn", null));
        assertThat(entries.get(1).after()).containsOnly(entry("response", "PROPOSAL_REQUESTED"),
                entry("respondedOn", "2025-03-05"));
    }

    @Test
    void gutCheckIsRecorded() {
        long clientId = createClient().getId();

        gutChecks.record(clientId, DAY, Grade.B, "Friendly");

        AuditEntries.Stored entry = AuditEntries.ofKind(jdbc, "GUT_CHECK").get(0);
        assertThat(entry.action()).isEqualTo("CREATED");
        assertThat(entry.after()).containsOnly(entry("ratedOn", "2025-03-03"), entry("grade", "B"),
                entry("comment", "Friendly"));
    }

    @Test
    void newModelVersionRecordsChangedParameters() {
        var current = scoring.currentModel();
        var changed = new app.criba.scoring.engine.ScoringParameters(current.version(), current.windowMonths(),
                new BigDecimal("60.00"), current.overheadPerClient(), current.toolingCostPerSeat(),
                current.marginFloorPercent(), current.marginTargetPercent(), current.graceDays(),
                current.daysLateForZero(), current.weightPunctuality(), current.weightDisputes(),
                current.weightProcess(), current.weightAdvisor(), current.weightSentiment(), current.disputePenalty(),
                current.disputeCountOpen(), current.disputeCountResolvedPaid(), current.disputeCountResolvedCredit(),
                current.disputeCountWrittenOff(), current.afterHoursPenalty(), current.selfInflictedPenalty(),
                current.advisorAccepted(), current.advisorProposalRequested(), current.advisorQuestioned(),
                current.advisorCheapestOption(), current.advisorDeclined(), current.advisorUnanswered(),
                current.advisorUnansweredAfterDays(), current.sentimentBase(), current.sentimentStep(),
                current.gutA(), current.gutB(), current.gutC(), current.gutD(), current.weightFinancial(),
                current.weightRelationship(), current.weightGut(), current.thresholdA(), current.thresholdB(),
                current.thresholdC(), current.smallClientRevenue(), current.tinyClientRevenue(),
                current.overdueCapDays(), current.lowConfidenceMinInvoices(), current.lowConfidenceMinParts());

        int version = models.saveNewVersion(changed, ownerId);

        AuditEntries.Stored entry = AuditEntries.ofKind(jdbc, "SCORING_MODEL").get(0);
        assertThat(entry.action()).isEqualTo("CREATED");
        assertThat(entry.entityId()).isEqualTo(version);
        assertThat(entry.before()).containsOnly(entry("version", 1), entry("loadedHourlyCost", 55.00));
        assertThat(entry.after()).containsOnly(entry("version", 2), entry("loadedHourlyCost", 60.00));
    }

    @Test
    void failedChangeLeavesNoEntry() {
        Client client = createClient();

        try {
            clients.update(client.getId(), client.getVersion() + 5, details("Other", 1));
        } catch (RuntimeException expected) {
            // The stale version is rejected before anything is written.
        }

        assertThat(AuditEntries.all(jdbc)).hasSize(1);
    }
}
