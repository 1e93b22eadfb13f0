package app.criba.sample;

/** A one-off story in a client's history, written on top of its everyday records. */
enum Incident {

    /** Licences billed twice about nine months ago; the client disputed them and got a credit note. */
    CREDIT_NOTE,

    /** About eight months ago the client questioned the hours on an invoice, then paid it in full. */
    PAID_AFTER_DISPUTE,

    /** A call-out invoice from last month that the client disputes and has not paid. */
    OPEN_DISPUTE,

    /**
     * The client refused to pay travel fees that it had signed for. The dispute was opened about
     * seven months ago and written off, which makes the grade D under scoring model v1.
     */
    REFUSED_SIGNED_CHARGE,

    /** A project invoice 120 days past its due date and unpaid, which caps the grade at C. */
    OVERDUE_PROJECT,

    /** Every invoice issued in the last five months is unpaid, so the oldest is over 90 days past due. */
    STOPPED_PAYING,

    /** About 18 months ago, outside the scoring window, a weekend call-out with no signed rate was written off. */
    OLD_WRITE_OFF
}
