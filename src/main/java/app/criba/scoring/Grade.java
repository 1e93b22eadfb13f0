package app.criba.scoring;

/** A client's grade, A best. */
public enum Grade {
    A, B, C, D;

    /** Returns the grade {@code notches} steps worse, never below D. */
    public Grade lowerBy(int notches) {
        return values()[Math.min(D.ordinal(), ordinal() + notches)];
    }

    /** Returns the next better grade, or null for A. */
    public Grade better() {
        return this == A ? null : values()[ordinal() - 1];
    }

    public boolean isWorseThan(Grade other) {
        return ordinal() > other.ordinal();
    }
}
