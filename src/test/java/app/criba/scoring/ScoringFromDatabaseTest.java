package app.criba.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
import app.criba.scoring.engine.RelationshipPart;
import app.criba.scoring.engine.Scorecard;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/**
 * Stores the worked example as real records, with noise outside the window and after the
 * as-of date, and checks that the grouped queries feed the engine the same facts.
 */
@IntegrationTest
class ScoringFromDatabaseTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired JdbcTemplate jdbc;
    @Autowired Clients clients;
    @Autowired Invoices invoices;
    @Autowired TimeEntries timeEntries;
    @Autowired Interactions interactions;
    @Autowired PaymentDisputes disputes;
    @Autowired Recommendations recommendations;
    @Autowired GutChecks gutChecks;
    @Autowired ScoringService scoring;

    private Long clientId;

    @BeforeEach
    void storeWorkedExample() {
        DatabaseCleaner.clean(jdbc);
        Client client = new Client("Ejemplo Trabajado S.L.", ContractType.MANAGED);
        client.update(new app.criba.client.ClientDetails("Ejemplo Trabajado S.L.", null, ContractType.MANAGED, 12,
                null, null, null, "es", 30, app.criba.client.ClientStatus.ACTIVE, null, null));
        clientId = clients.save(client).getId();

        // 12 monthly invoices of 1,200, due 14 days after issue: half paid on the due date,
        // half 25 days after it.
        for (int month = 0; month < 12; month++) {
            LocalDate issued = LocalDate.of(2025, 7, 1).plusMonths(month);
            Invoice invoice = new Invoice(clientId, String.format("%05d", month + 1), issued, issued.plusDays(14),
                    new BigDecimal("1200.00"), BillingMethod.ELECTRONIC, InvoiceKind.RECURRING);
            invoice.recordPayment(issued.plusDays(month % 2 == 0 ? 39 : 14), new BigDecimal("1200.00"));
            invoices.save(invoice);
        }
        // Outside the window or after the as-of date: none of these may count.
        Invoice old = new Invoice(clientId, "00000", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15),
                new BigDecimal("9999.00"), BillingMethod.PAPER, InvoiceKind.PROJECT);
        old.recordPayment(LocalDate.of(2025, 5, 15), new BigDecimal("9999.00"));
        invoices.save(old);
        invoices.save(new Invoice(clientId, "99999", AS_OF.plusDays(1), AS_OF.plusDays(15), new BigDecimal("5000.00"),
                BillingMethod.PAPER, InvoiceKind.PROJECT));

        // 96 hours in the window, in 48 entries of two hours, and time before the window.
        for (int entry = 0; entry < 48; entry++) {
            timeEntries.save(new TimeEntry(clientId, AS_OF.minusDays(entry * 7L), 120, "Ana", true, false, null));
        }
        timeEntries.save(new TimeEntry(clientId, AS_OF.minusMonths(13), 6000, "Ana", true, false, null));

        PaymentDispute dispute = new PaymentDispute(clientId, null, LocalDate.of(2026, 2, 1), new BigDecimal("300.00"),
                "Cargo de desplazamiento", false, null);
        dispute.resolve(DisputeStatus.RESOLVED_PAID, LocalDate.of(2026, 2, 20), null);
        disputes.save(dispute);

        // 20 support contacts of which 14 tickets and 3 after hours, one praise, one complaint.
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 10, 0);
        for (int i = 0; i < 20; i++) {
            InteractionKind kind = InteractionKind.EMAIL;
            if (i < 14) {
                kind = InteractionKind.TICKET;
            } else if (i < 18) {
                kind = InteractionKind.PHONE_CALL;
            }
            interactions.save(new Interaction(clientId, start.plusDays(i), kind, i >= 17, null, null));
        }
        interactions.save(new Interaction(clientId, start.plusDays(30), InteractionKind.PRAISE, false, null, null));
        interactions.save(new Interaction(clientId, start.plusDays(31), InteractionKind.COMPLAINT, false, null, null));
        interactions.save(new Interaction(clientId, AS_OF.plusDays(1).atTime(22, 0), InteractionKind.EMERGENCY_CALL,
                true, null, null));

        Recommendation backup = new Recommendation(clientId, LocalDate.of(2026, 3, 1), "Sustituir copias", null);
        backup.answer(RecommendationResponse.QUESTIONED, LocalDate.of(2026, 3, 10));
        recommendations.save(backup);
        Recommendation firewall = new Recommendation(clientId, LocalDate.of(2026, 4, 1), "Cortafuegos", null);
        firewall.answer(RecommendationResponse.CHEAPEST_OPTION, LocalDate.of(2026, 4, 3));
        recommendations.save(firewall);

        gutChecks.save(new GutCheck(clientId, LocalDate.of(2026, 5, 1), Grade.B, null, null));
        gutChecks.save(new GutCheck(clientId, AS_OF.plusDays(2), Grade.A, null, null));
    }

    @Test
    void storedWorkedExampleScoresLikeTheHandComputation() {
        Scorecard card = scoring.scoreClient(clientId, AS_OF).orElseThrow();

        assertThat(card.financial().revenuePerMonth()).isEqualByComparingTo("1200.00");
        assertThat(card.financial().costPerMonth()).isEqualByComparingTo("662.00");
        assertThat(card.financial().score()).isEqualByComparingTo("74.72");
        assertThat(card.part(RelationshipPart.PUNCTUALITY).score()).isEqualByComparingTo("83.33");
        assertThat(card.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("65.00");
        assertThat(card.part(RelationshipPart.PROCESS).score()).isEqualByComparingTo("66.25");
        assertThat(card.part(RelationshipPart.ADVISOR).score()).isEqualByComparingTo("50.00");
        assertThat(card.part(RelationshipPart.SENTIMENT).score()).isEqualByComparingTo("50.00");
        assertThat(card.gut()).isEqualByComparingTo("70.00");
        assertThat(card.composite()).isEqualByComparingTo("70.76");
        assertThat(card.grade()).isEqualTo(Grade.B);
    }

    @Test
    void paymentAfterAsOfDateLeavesInvoiceUnpaid() {
        // As of 2026-05-20 the invoice issued 2026-05-01 (due 05-15) was paid 06-09: still open then.
        Scorecard card = scoring.scoreClient(clientId, LocalDate.of(2026, 5, 20)).orElseThrow();

        assertThat(card.part(RelationshipPart.PUNCTUALITY).reasons())
                .anySatisfy(reason -> assertThat(reason.code()).isEqualTo("reason.punctuality.unpaid"));
    }

    @Test
    void overdueInvoiceAsOfPastDateCapsTheGrade() {
        Invoice unpaid = new Invoice(clientId, "77777", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 16),
                new BigDecimal("500.00"), BillingMethod.PAPER, InvoiceKind.BREAK_FIX);
        unpaid.recordPayment(LocalDate.of(2026, 6, 1), new BigDecimal("200.00"));
        invoices.save(unpaid);

        Scorecard card = scoring.scoreClient(clientId, AS_OF).orElseThrow();

        assertThat(card.adjustments()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("reason.adjust.overdueCap");
            assertThat(reason.args().get(0)).isEqualTo("77777");
            assertThat(reason.args().get(1)).isEqualTo(new app.criba.scoring.engine.Reason.Money(new BigDecimal("300.00")));
            // 2026-01-16 to 2026-06-30
            assertThat(reason.args().get(2)).isEqualTo(165L);
        });
        assertThat(card.grade()).isEqualTo(Grade.C);
    }

    @Test
    void writtenOffInvoiceNeitherCapsNorCountsLate() {
        Invoice unpaid = invoices.save(new Invoice(clientId, "77777", LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 16), new BigDecimal("500.00"), BillingMethod.PAPER, InvoiceKind.BREAK_FIX));
        PaymentDispute dispute = new PaymentDispute(clientId, unpaid.getId(), LocalDate.of(2026, 1, 20),
                new BigDecimal("500.00"), "No reconoce el cargo", false, null);
        dispute.resolve(DisputeStatus.WRITTEN_OFF, LocalDate.of(2026, 3, 1), null);
        disputes.save(dispute);

        Scorecard card = scoring.scoreClient(clientId, AS_OF).orElseThrow();

        assertThat(card.adjustments()).isEmpty();
        assertThat(card.part(RelationshipPart.PUNCTUALITY).score()).isEqualByComparingTo("83.33");
        // Two disputes in the window: resolved-paid counts 1, written off 2: 100 − 35 × 3
        assertThat(card.part(RelationshipPart.DISPUTES).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void clientIsNotScoredBeforeItBecameClient() {
        jdbc.update("update client set client_since = ? where id = ?", LocalDate.of(2026, 7, 1), clientId);

        assertThat(scoring.scoreClient(clientId, AS_OF)).isEmpty();
        assertThat(scoring.scorePortfolio(AS_OF)).isEmpty();
        assertThat(scoring.scoreClient(clientId, LocalDate.of(2026, 7, 1))).isPresent();
    }

    @Test
    void rescoreStoresTheScorecard() {
        scoring.rescore(List.of(clientId));

        Integer stored = jdbc.queryForObject("select count(*) from client_score where client_id = ?", Integer.class,
                clientId);
        String grade = jdbc.queryForObject("select scorecard ->> 'grade' from client_score where client_id = ?",
                String.class, clientId);
        assertThat(stored).isEqualTo(1);
        assertThat(grade).isIn("A", "B", "C", "D");
    }
}
