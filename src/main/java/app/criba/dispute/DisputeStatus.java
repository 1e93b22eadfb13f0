package app.criba.dispute;

/**
 * Where a payment dispute stands: open; resolved because the client paid as agreed; resolved by
 * a credit because the MSP was at fault; or written off because the client never paid.
 */
public enum DisputeStatus {
    OPEN, RESOLVED_PAID, RESOLVED_CREDIT, WRITTEN_OFF
}
