package app.criba.audit.web;

import java.time.LocalDate;

import app.criba.audit.AuditKind;
import app.criba.audit.AuditQuery;

/**
 * The query parameters of the audit page and its export. A value that does not bind (a kind of
 * "Z", a client of "abc") arrives as null and is ignored, so a hand-edited address still shows
 * the trail.
 */
public record AuditFilter(Long client, Long user, AuditKind kind, LocalDate from, LocalDate to, Integer page) {

    AuditQuery toQuery(boolean useDates) {
        return new AuditQuery(client, user, kind, useDates ? from : null, useDates ? to : null,
                page == null ? 1 : page, AuditQuery.DEFAULT_PAGE_SIZE);
    }
}
