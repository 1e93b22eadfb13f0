package app.criba.audit;

import java.time.LocalDate;

/**
 * The filters of the audit page, each optional: a client, a user, a kind of record and a range
 * of days (both ends included, in the server's time zone), with the page to show.
 */
public record AuditQuery(Long clientId, Long userId, AuditKind kind, LocalDate from, LocalDate to, int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
}
