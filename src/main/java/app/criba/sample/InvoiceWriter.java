package app.criba.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import app.criba.client.ContractType;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceKind;

/**
 * Writes a client's regular invoices and their payments. Managed and hybrid contracts pay a
 * recurring fee on the first of each month. Break/fix and hybrid ones are billed the month's
 * break/fix work on its last day. Now and then a project or hardware invoice comes on top.
 */
final class InvoiceWriter {

    /** The hourly rate at which break/fix work is billed. */
    static final BigDecimal BREAK_FIX_RATE = new BigDecimal("65.00");

    /** Recurring fees rose by about 4 % a year ago, so older fees are this share of today's. */
    private static final BigDecimal LAST_YEAR_PRICE = new BigDecimal("0.96");

    /** Only clients with at least this revenue a month buy projects or hardware in the sample. */
    private static final BigDecimal PROJECT_BUYER_REVENUE = new BigDecimal("1500");

    private InvoiceWriter() {
    }

    static void write(SampleHistory history) {
        SampleClient sample = history.sample();
        boolean buysProjects = sample.revenuePerMonth().compareTo(PROJECT_BUYER_REVENUE) >= 0;
        Occurrences projects = Occurrences.perYear(buysProjects ? sample.archetype().projectsPerYear() : 0,
                history.random());
        for (YearMonth month : history.months()) {
            writeRecurringFee(history, month);
            writeBreakFixWork(history, month);
            for (int i = projects.next(history.shareOf(month)); i > 0; i--) {
                writeProject(history, month);
            }
        }
    }

    private static void writeRecurringFee(SampleHistory history, YearMonth month) {
        double share = recurringShare(history.sample().contract());
        LocalDate clientSince = history.client().getClientSince();
        LocalDate issued = YearMonth.from(clientSince).equals(month) ? clientSince : month.atDay(1);
        if (share == 0 || !history.contains(issued)) {
            return;
        }
        BigDecimal amount = history.sample().revenuePerMonth().multiply(BigDecimal.valueOf(share));
        if (issued.isBefore(history.today().minusMonths(12))) {
            amount = amount.multiply(LAST_YEAR_PRICE);
        }
        save(history, issued, 30, money(amount), history.sample().archetype().billing(), InvoiceKind.RECURRING);
    }

    private static void writeBreakFixWork(SampleHistory history, YearMonth month) {
        double share = 1 - recurringShare(history.sample().contract());
        LocalDate issued = month.atEndOfMonth();
        if (share == 0 || !history.contains(issued)) {
            return;
        }
        Random random = history.random();
        // Break/fix clients vary by ±30 % from month to month; the extra work of a hybrid one by ±60 %.
        double swing = history.sample().contract() == ContractType.BREAK_FIX ? 0.3 : 0.6;
        double factor = 1 - swing + 2 * swing * random.nextDouble();
        double target = history.sample().revenuePerMonth().doubleValue() * share * factor;
        // Billed in quarter hours at the break/fix rate, at least one quarter.
        long quarters = Math.max(1, Math.round(target / BREAK_FIX_RATE.doubleValue() * 4));
        BigDecimal amount = BREAK_FIX_RATE.multiply(BigDecimal.valueOf(quarters))
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_EVEN);
        save(history, issued, 15, amount, history.sample().archetype().billing(), InvoiceKind.BREAK_FIX);
    }

    private static void writeProject(SampleHistory history, YearMonth month) {
        Random random = history.random();
        LocalDate issued = SampleCalendar.workdayBetween(random, history.firstDay(month), history.lastDay(month));
        InvoiceKind kind = random.nextBoolean() ? InvoiceKind.PROJECT : InvoiceKind.HARDWARE;
        double share = 0.4 + 0.6 * random.nextDouble();
        BigDecimal amount = history.sample().revenuePerMonth().multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.TEN, 0, RoundingMode.HALF_EVEN).multiply(BigDecimal.TEN);
        save(history, issued, 30, money(amount), BillingMethod.ELECTRONIC, kind);
    }

    private static void save(SampleHistory history, LocalDate issued, int daysToPay, BigDecimal amount,
            BillingMethod billing, InvoiceKind kind) {
        Invoice invoice = new Invoice(history.clientId(), history.invoiceNumbers().next(issued), issued,
                issued.plusDays(daysToPay), amount, billing, kind);
        if (!stoppedPaying(history, issued)) {
            pay(history, invoice);
        }
        history.records().save(invoice);
    }

    /** Returns whether the invoice stays unpaid because the client stopped paying five months ago. */
    private static boolean stoppedPaying(SampleHistory history, LocalDate issued) {
        return history.sample().has(Incident.STOPPED_PAYING) && issued.isAfter(history.today().minusMonths(5));
    }

    /**
     * Records the payments of an invoice following the client's habit. A payment that would fall
     * after today is left out, so recent invoices are still open.
     */
    static void pay(SampleHistory history, Invoice invoice) {
        Random random = history.random();
        boolean directDebit = invoice.getBillingMethod() == BillingMethod.DIRECT_DEBIT;
        PaymentHabit habit = history.sample().archetype().payment();
        int delay = directDebit ? 0 : habit.daysAfterDue(random);
        LocalDate paidOn = latest(invoice.getIssueDate(), invoice.getDueDate().plusDays(delay));
        if (paidOn.isAfter(history.today())) {
            return;
        }
        if (habit.splitsPayments() && random.nextInt(4) == 0) {
            BigDecimal firstPart = invoice.getAmount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            LocalDate firstOn = latest(invoice.getIssueDate(), paidOn.minusDays(10 + random.nextInt(16)));
            invoice.recordPayment(firstOn, firstPart);
            invoice.recordPayment(paidOn, invoice.getAmount().subtract(firstPart));
            return;
        }
        invoice.recordPayment(paidOn, invoice.getAmount());
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static double recurringShare(ContractType contract) {
        return switch (contract) {
            case MANAGED -> 1.0;
            case HYBRID -> 0.7;
            case BREAK_FIX -> 0.0;
        };
    }

    private static LocalDate latest(LocalDate first, LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
