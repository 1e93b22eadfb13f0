package app.criba.sample;

/**
 * The rates at which a client contacts the MSP. Tickets, phone calls and e-mails are rates for a
 * client of {@link #REFERENCE_SEATS} seats and grow or shrink with its size. Emergencies,
 * after-hours calls, self-inflicted incidents and meetings do not depend on size.
 *
 * @param emergencyAfterHoursPercent share of emergency calls that come in late in the evening
 * @param afterHoursCallsPerYear ordinary calls to a technician's mobile phone after hours
 */
record SupportHabit(double ticketsPerMonth, double callsPerMonth, double emailsPerMonth,
        double emergencyCallsPerMonth, int emergencyAfterHoursPercent, double afterHoursCallsPerYear,
        double selfInflictedPerYear, double meetingsPerYear) {

    static final int REFERENCE_SEATS = 12;

    /** Opens tickets for nearly everything; one after-hours call a year; quarterly reviews. */
    static final SupportHabit BY_THE_BOOK = new SupportHabit(6, 0.3, 0.6, 0, 0, 1, 0, 4);

    /** Mostly tickets, but calls a technician directly now and then, three times a year after hours. */
    static final SupportHabit MOSTLY_TICKETS = new SupportHabit(5, 1.5, 0.6, 0, 0, 3, 0, 2);

    /** Phones instead of opening tickets, sometimes after hours; now and then breaks something. */
    static final SupportHabit PHONES_INSTEAD = new SupportHabit(1.5, 4, 1, 0.15, 50, 4, 1, 1);

    /** Someone on the client's side tinkers every month and then calls for help. */
    static final SupportHabit TINKERING = new SupportHabit(3, 2, 1, 0.5, 50, 4, 12, 1);

    /** Calls in a panic at 10 pm once everything is down, usually after breaking it themselves. */
    static final SupportHabit NIGHT_EMERGENCIES = new SupportHabit(0.5, 3, 0.5, 2.5, 85, 6, 10, 0);

    /** Returns the factor, between 0.25 and 2.5, that turns the per-12-seat rates into a client's rates. */
    static double sizeFactor(int seats) {
        return Math.max(0.25, Math.min(2.5, seats / (double) REFERENCE_SEATS));
    }
}
