package app.criba.audit;

import java.util.List;

/** One page of the audit trail, newest first, with the number of entries that match the filters. */
public record AuditPage(List<AuditRecord> records, long total, int page, int pageCount) {
}
