package app.criba.sample;

import java.util.Random;

/**
 * When a client pays an invoice, in days after its due date (negative means early). Most
 * invoices follow the usual range; {@code latePercent} of them fall in the late range instead.
 *
 * @param splitsPayments whether the client sometimes pays an invoice in two instalments
 */
record PaymentHabit(int usualFromDays, int usualToDays, int latePercent, int lateFromDays, int lateToDays,
        boolean splitsPayments) {

    /** Pays up to a week before the due date; direct debits are collected on it. */
    static final PaymentHabit ON_TIME = new PaymentHabit(-8, 0, 0, 0, 0, false);

    /** Usually within the 5-day grace; three invoices in ten are paid 18 to 30 days late. */
    static final PaymentHabit MOSTLY_ON_TIME = new PaymentHabit(-4, 4, 30, 18, 30, false);

    /** Always six weeks or so late, never in dispute. */
    static final PaymentHabit SIX_WEEKS_LATE = new PaymentHabit(35, 50, 0, 0, 0, false);

    /** About 30 days late, a quarter of the invoices nearer 50, sometimes in two instalments. */
    static final PaymentHabit MONTH_LATE = new PaymentHabit(26, 38, 25, 42, 60, true);

    /** Pays only after reminders: 40 to 65 days late, some invoices close to 85. */
    static final PaymentHabit AFTER_REMINDERS = new PaymentHabit(40, 65, 30, 70, 85, true);

    int daysAfterDue(Random random) {
        if (random.nextInt(100) < latePercent) {
            return between(random, lateFromDays, lateToDays);
        }
        return between(random, usualFromDays, usualToDays);
    }

    private static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
