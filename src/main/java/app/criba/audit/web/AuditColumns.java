package app.criba.audit.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import app.criba.audit.AuditRecord;
import app.criba.system.csv.CsvColumn;
import app.criba.system.csv.CsvTable;

/** The columns of the audit export: the page's columns, with each side's values as "field: value" lines. */
final class AuditColumns {

    private AuditColumns() {
    }

    static CsvTable<AuditRecord> table(List<AuditRecord> records, AuditText texts, Locale locale) {
        List<CsvColumn<AuditRecord>> columns = List.of(
                CsvColumn.of("audit.col.when", record -> LocalDateTime.ofInstant(record.occurredAt(),
                        ZoneId.systemDefault())),
                CsvColumn.of("audit.col.user", AuditRecord::userName),
                CsvColumn.of("audit.col.userId", AuditRecord::userId),
                CsvColumn.of("audit.col.address", AuditRecord::remoteAddress),
                CsvColumn.of("audit.col.kind", AuditRecord::kind),
                CsvColumn.of("audit.col.entityId", AuditRecord::entityId),
                CsvColumn.of("audit.col.client", AuditRecord::clientName),
                CsvColumn.of("audit.col.clientId", AuditRecord::clientId),
                CsvColumn.of("audit.col.action", AuditRecord::action),
                CsvColumn.of("audit.col.before", record -> texts.side(record, false, locale)),
                CsvColumn.of("audit.col.after", record -> texts.side(record, true, locale)));
        return new CsvTable<>(columns, records);
    }
}
