package app.criba.scoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.criba.scoring.Grade;
import app.criba.scoring.engine.ClientFacts.AdviceFacts;
import app.criba.scoring.engine.ClientFacts.ContactFacts;
import app.criba.scoring.engine.ClientFacts.DisputeFacts;
import app.criba.scoring.engine.ClientFacts.OverdueInvoice;
import app.criba.scoring.engine.ClientFacts.PunctualityFacts;

/** Builds client facts for hand-computed scoring cases; everything starts empty. */
final class FactsBuilder {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private int seats;
    private LocalDate clientSince;
    private int invoiceCount;
    private BigDecimal invoiced = BigDecimal.ZERO;
    private long minutes;
    private PunctualityFacts punctuality = PunctualityFacts.none();
    private DisputeFacts disputes = DisputeFacts.none();
    private ContactFacts contacts = ContactFacts.none();
    private AdviceFacts advice = AdviceFacts.none();
    private Grade gut;
    private OverdueInvoice overdue;

    static FactsBuilder client() {
        return new FactsBuilder();
    }

    FactsBuilder seats(int value) {
        seats = value;
        return this;
    }

    FactsBuilder clientSince(LocalDate value) {
        clientSince = value;
        return this;
    }

    /** Invoices issued in the window, all with the same amount. */
    FactsBuilder invoices(int count, String amountEach) {
        invoiceCount = count;
        invoiced = new BigDecimal(amountEach).multiply(BigDecimal.valueOf(count));
        return this;
    }

    FactsBuilder hours(long totalHours) {
        minutes = totalHours * 60;
        return this;
    }

    FactsBuilder minutes(long totalMinutes) {
        minutes = totalMinutes;
        return this;
    }

    FactsBuilder punctuality(int invoices, int settled, String amount, String amountTimesDaysLate) {
        punctuality = new PunctualityFacts(invoices, settled, new BigDecimal(amount), new BigDecimal(amountTimesDaysLate));
        return this;
    }

    FactsBuilder disputes(DisputeFacts value) {
        disputes = value;
        return this;
    }

    FactsBuilder contacts(ContactFacts value) {
        contacts = value;
        return this;
    }

    FactsBuilder advice(AdviceFacts value) {
        advice = value;
        return this;
    }

    FactsBuilder gut(Grade value) {
        gut = value;
        return this;
    }

    FactsBuilder overdue(String number, String balance, long daysPastDue) {
        overdue = new OverdueInvoice(1L, number, new BigDecimal(balance), AS_OF.minusDays(daysPastDue), daysPastDue);
        return this;
    }

    ClientFacts build() {
        return new ClientFacts(1L, AS_OF, seats, clientSince, invoiceCount, invoiced, minutes, punctuality, disputes,
                contacts, advice, gut, gut == null ? null : AS_OF.minusMonths(1), overdue);
    }
}
