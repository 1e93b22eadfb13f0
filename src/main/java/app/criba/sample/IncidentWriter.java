package app.criba.sample;

import static app.criba.sample.SampleTexts.inLanguage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import app.criba.activity.Interaction;
import app.criba.activity.InteractionKind;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceKind;

/**
 * Writes the one-off stories of a client: each incident brings its own invoice, and most a
 * payment dispute. {@link Incident#STOPPED_PAYING} is not written here because it changes the
 * payments of the regular invoices, which {@link InvoiceWriter} handles.
 */
final class IncidentWriter {

    private static final BigDecimal LICENCE_PER_SEAT_YEAR = new BigDecimal("132.00");
    private static final BigDecimal TRAVEL_FEE = new BigDecimal("55.00");
    private static final int TRAVEL_VISITS = 6;

    private final SampleHistory history;
    private final SampleClient sample;
    private final Random random;
    private final LocalDate today;

    private IncidentWriter(SampleHistory history) {
        this.history = history;
        this.sample = history.sample();
        this.random = history.random();
        this.today = history.today();
    }

    static void write(SampleHistory history) {
        IncidentWriter writer = new IncidentWriter(history);
        for (Incident incident : Incident.values()) {
            if (history.sample().has(incident)) {
                writer.write(incident);
            }
        }
    }

    private void write(Incident incident) {
        switch (incident) {
            case CREDIT_NOTE -> writeCreditNote();
            case PAID_AFTER_DISPUTE -> writePaidAfterDispute();
            case OPEN_DISPUTE -> writeOpenDispute();
            case REFUSED_SIGNED_CHARGE -> writeRefusedSignedCharge();
            case OVERDUE_PROJECT -> writeOverdueProject();
            case OLD_WRITE_OFF -> writeOldWriteOff();
            case STOPPED_PAYING -> {
                // Written by InvoiceWriter, which leaves the invoices of the last five months unpaid.
            }
        }
    }

    /** Writes licences for two seats too many, disputed and credited because the MSP was at fault. */
    private void writeCreditNote() {
        LocalDate issued = workdayAround(today.minusMonths(9));
        BigDecimal amount = LICENCE_PER_SEAT_YEAR.multiply(BigDecimal.valueOf(sample.seats() + 2L));
        Invoice invoice = invoice(issued, 30, amount, BillingMethod.ELECTRONIC, InvoiceKind.OTHER);
        InvoiceWriter.pay(history, invoice);
        invoice = history.records().save(invoice);

        LocalDate opened = issued.plusDays(8 + random.nextInt(8));
        BigDecimal overcharge = LICENCE_PER_SEAT_YEAR.multiply(BigDecimal.valueOf(2));
        int billed = sample.seats() + 2;
        PaymentDispute dispute = dispute(invoice, opened, overcharge, false, inLanguage(sample,
                format("Facturadas %d licencias anuales; solo tienen %d puestos.", billed, sample.seats()),
                format("Billed for %d yearly licences; they only have %d seats.", billed, sample.seats())));
        LocalDate resolved = opened.plusDays(5 + random.nextInt(8));
        dispute.resolve(DisputeStatus.RESOLVED_CREDIT, resolved,
                inLanguage(sample, "Error nuestro: se emite una factura rectificativa por dos licencias.",
                        "Our mistake: a credit note for two licences was issued."));
        history.records().save(dispute);
        history.records().save(new Invoice(history.clientId(), history.invoiceNumbers().nextCreditNote(resolved),
                resolved, resolved, overcharge.negate(), BillingMethod.OTHER, InvoiceKind.OTHER));
    }

    /** Writes hours questioned about eight months ago, then paid in full once the time log was shown. */
    private void writePaidAfterDispute() {
        LocalDate issued = workdayAround(today.minusMonths(8));
        boolean managed = sample.contract() == ContractType.MANAGED;
        BigDecimal amount = roundToTen(sample.revenuePerMonth().multiply(new BigDecimal("0.6")));
        Invoice invoice = invoice(issued, managed ? 30 : 15, amount, BillingMethod.ELECTRONIC,
                managed ? InvoiceKind.PROJECT : InvoiceKind.BREAK_FIX);
        LocalDate opened = invoice.getDueDate().minusDays(random.nextInt(6));
        LocalDate resolved = invoice.getDueDate().plusDays(15 + random.nextInt(11));
        invoice.recordPayment(resolved, amount);
        invoice = history.records().save(invoice);

        PaymentDispute dispute = dispute(invoice, opened, amount, false,
                inLanguage(sample, "Cuestiona las horas facturadas por el traslado del servidor.",
                        "Questions the hours billed for the server move."));
        dispute.resolve(DisputeStatus.RESOLVED_PAID, resolved,
                inLanguage(sample, "Revisamos el registro de horas con el cliente y paga la factura completa.",
                        "We went through the time log with the client, who paid in full."));
        history.records().save(dispute);
    }

    /** Writes last month's night call-out, disputed and still unpaid. */
    private void writeOpenDispute() {
        LocalDate issued = workdayAround(today.minusDays(40));
        BigDecimal amount = InvoiceWriter.BREAK_FIX_RATE.multiply(BigDecimal.valueOf(3 + random.nextInt(3)));
        Invoice invoice = history.records().save(invoice(issued, 15, amount, sample.archetype().billing(),
                InvoiceKind.BREAK_FIX));
        LocalDate opened = today.minusDays(10 + random.nextInt(11));
        history.records().save(dispute(invoice, opened, amount, false,
                inLanguage(sample, "Dice que la salida nocturna no era urgente y no quiere pagarla.",
                        "Says the night call-out was not urgent and will not pay for it.")));
    }

    /**
     * Writes six site visits at the travel fee the client signed for, refused and written off. The
     * dispute is opened about six months ago, inside the 12-month scoring window.
     */
    private void writeRefusedSignedCharge() {
        LocalDate issued = workdayAround(today.minusMonths(7));
        BigDecimal amount = TRAVEL_FEE.multiply(BigDecimal.valueOf(TRAVEL_VISITS));
        Invoice invoice = history.records().save(invoice(issued, 15, amount, sample.archetype().billing(),
                InvoiceKind.OTHER));
        LocalDate opened = invoice.getDueDate().plusDays(10);
        history.records().save(new Interaction(history.clientId(), SampleCalendar.businessHours(random, opened),
                InteractionKind.COMPLAINT, false,
                inLanguage(sample, "Protesta por la factura de desplazamientos a obra.",
                        "Protests about the invoice for site visits."), history.staff()));

        PaymentDispute dispute = dispute(invoice, opened, amount, true, inLanguage(sample,
                format("Se niega a pagar %d desplazamientos a obra, aunque firmó la tarifa.", TRAVEL_VISITS),
                format("Refuses to pay for %d site visits, although they signed the travel fee.", TRAVEL_VISITS)));
        dispute.resolve(DisputeStatus.WRITTEN_OFF, opened.plusDays(45 + random.nextInt(16)),
                inLanguage(sample, "Dado por perdido: no lo pagará. El acuerdo firmado está en el expediente.",
                        "Written off: they will not pay. The signed agreement is on file."));
        history.records().save(dispute);
    }

    /** Writes a project invoiced about 150 days ago, due 30 days later and still unpaid: 120 days past due. */
    private void writeOverdueProject() {
        LocalDate issued = workdayAround(today.minusDays(150));
        BigDecimal amount = roundToTen(sample.revenuePerMonth().multiply(new BigDecimal("1.2")));
        history.records().save(invoice(issued, 30, amount, BillingMethod.ELECTRONIC, InvoiceKind.PROJECT));
    }

    /** Writes off a weekend call-out of about 18 months ago, because no weekend rate had been signed. */
    private void writeOldWriteOff() {
        LocalDate issued = workdayAround(today.minusMonths(18));
        if (!history.contains(issued)) {
            return;
        }
        BigDecimal amount = InvoiceWriter.BREAK_FIX_RATE.multiply(new BigDecimal("6"));
        Invoice invoice = history.records().save(invoice(issued, 15, amount, sample.archetype().billing(),
                InvoiceKind.BREAK_FIX));
        LocalDate opened = invoice.getDueDate().plusDays(5);
        PaymentDispute dispute = dispute(invoice, opened, amount, false,
                inLanguage(sample, "No acepta pagar la salida del sábado: no había tarifa de fin de semana firmada.",
                        "Will not pay for the Saturday call-out: no weekend rate had been signed."));
        dispute.resolve(DisputeStatus.WRITTEN_OFF, opened.plusDays(30),
                inLanguage(sample, "Dado por perdido. Desde entonces, el trabajo en fin de semana se aprueba por escrito.",
                        "Written off. Since then, weekend work needs written approval."));
        history.records().save(dispute);
    }

    private Invoice invoice(LocalDate issued, int daysToPay, BigDecimal amount, BillingMethod billing,
            InvoiceKind kind) {
        return new Invoice(history.clientId(), history.invoiceNumbers().next(issued), issued,
                issued.plusDays(daysToPay), InvoiceWriter.money(amount), billing, kind);
    }

    private PaymentDispute dispute(Invoice invoice, LocalDate opened, BigDecimal amount, boolean signedAgreement,
            String reason) {
        return new PaymentDispute(history.clientId(), invoice.getId(), opened, amount, reason, signedAgreement,
                history.staff());
    }

    /** Returns a weekday within five days of {@code day}, never after today. */
    private LocalDate workdayAround(LocalDate day) {
        LocalDate latest = day.plusDays(5).isAfter(today) ? today : day.plusDays(5);
        return SampleCalendar.workdayBetween(random, day.minusDays(5), latest);
    }

    private static BigDecimal roundToTen(BigDecimal amount) {
        return amount.divide(BigDecimal.TEN, 0, RoundingMode.HALF_EVEN).multiply(BigDecimal.TEN);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
