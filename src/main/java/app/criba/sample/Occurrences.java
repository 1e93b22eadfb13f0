package app.criba.sample;

import java.util.Random;

/**
 * Turns a rate per month into whole counts month by month, carrying the fraction over, so that
 * any twelve consecutive months hold the yearly rate give or take one. The starting fraction is
 * random, so that clients with the same rate do not all have their events in the same months.
 */
final class Occurrences {

    private final double perMonth;
    private double carried;

    Occurrences(double perMonth, Random random) {
        this.perMonth = perMonth;
        this.carried = random.nextDouble();
    }

    static Occurrences perYear(double perYear, Random random) {
        return new Occurrences(perYear / 12, random);
    }

    /** Returns how many events fall in the next month, of which {@code shareOfMonth} (0–1] is in the history. */
    int next(double shareOfMonth) {
        carried += perMonth * shareOfMonth;
        int count = (int) carried;
        carried -= count;
        return count;
    }
}
