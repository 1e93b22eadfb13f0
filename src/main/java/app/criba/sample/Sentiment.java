package app.criba.sample;

/** How often a client praises the MSP, refers another business to it, or complains, per year. */
record Sentiment(double praisePerYear, double referralsPerYear, double complaintsPerYear) {

    /** Sentiment score 50 + 15 × (3 − 0) = 95. */
    static final Sentiment DELIGHTED = new Sentiment(2, 1, 0);

    /** Sentiment score 50 + 15 × 2 = 80. */
    static final Sentiment PLEASED = new Sentiment(2, 0, 0);

    /** Sentiment score 50 + 15 × (1 − 1) = 50. */
    static final Sentiment MIXED = new Sentiment(1, 0, 1);

    /** Sentiment score 50 − 15 × 2 = 20. */
    static final Sentiment GRUMBLING = new Sentiment(0, 0, 2);

    /** Sentiment score 50 − 15 × 4, clamped to 0. */
    static final Sentiment HOSTILE = new Sentiment(0, 0, 4);
}
