package app.criba.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.criba.importing.TimeEntryStore.ClientDay;
import app.criba.importing.TimeEntryStore.EntryValues;
import app.criba.importing.TimeEntryStore.StoredEntry;

/**
 * Writes time-entry rows. The date is the date worked, or else the date of the start. The
 * minutes are the duration, or else the time from start to end. An entry with an external id is
 * found again by that id, whatever its client, and updated when a field changed. An entry without
 * one matches a stored entry with the same client, date, minutes, technician, billable and
 * after-hours flags and note, and is then skipped, so that a second import of the file adds nothing.
 */
@Component
class TimeEntryWriter implements RecordWriter {

    static final int MAX_MINUTES = 24 * 60;

    private final TimeEntryStore store;

    TimeEntryWriter(TimeEntryStore store) {
        this.store = store;
    }

    /**
     * A time entry as one row gives it. Billable, after hours and note are null when the row
     * leaves them open. A new entry then takes the default, and an updated one keeps its value.
     */
    private record Draft(String externalId, long clientId, LocalDate workedOn, int minutes, String technician,
            Boolean billable, Boolean afterHours, String note) {

        /** Reads the draft of a row, or returns null when the row lacks its client, date, minutes or technician. */
        static Draft of(ImportRow row, ImportMapping mapping) {
            LocalDateTime start = row.dateTime(Fields.START);
            LocalDateTime end = row.dateTime(Fields.END);
            LocalDate workedOn = row.has(Fields.WORKED_ON) ? row.date(Fields.WORKED_ON)
                    : start == null ? null : start.toLocalDate();
            Integer minutes = row.has(Fields.DURATION) ? row.integer(Fields.DURATION)
                    : start == null || end == null ? null : (int) Duration.between(start, end).toMinutes();
            if (row.clientId() == null || workedOn == null || minutes == null || !row.has(Fields.TECHNICIAN)) {
                return null;
            }
            Boolean afterHours = null;
            if (row.has(Fields.AFTER_HOURS)) {
                afterHours = row.yes(Fields.AFTER_HOURS, false);
            } else if (start != null && WorkingHours.givesTimeOfDay(row.textOf(Fields.START), mapping)) {
                afterHours = WorkingHours.isOutside(start);
            } else if (row.has(Fields.START_TIME)) {
                // Exports such as Toggl Track's keep the start time in a column of its own.
                afterHours = WorkingHours.isOutside(workedOn.atTime(row.time(Fields.START_TIME)));
            }
            Boolean billable = row.has(Fields.BILLABLE) ? row.yes(Fields.BILLABLE, true) : null;
            return new Draft(row.text(Fields.EXTERNAL_ID), row.clientId(), workedOn, minutes,
                    row.text(Fields.TECHNICIAN), billable, afterHours, row.text(Fields.NOTE));
        }

        EntryValues newEntry() {
            return new EntryValues(externalId, clientId, workedOn, minutes, technician,
                    billable == null || billable, afterHours != null && afterHours, note);
        }

        EntryValues revise(EntryValues stored) {
            return new EntryValues(stored.externalId(), clientId, workedOn, minutes, technician,
                    billable != null ? billable : stored.billable(),
                    afterHours != null ? afterHours : stored.afterHours(), note != null ? note : stored.note());
        }
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TIME_ENTRIES;
    }

    @Override
    public List<ImportError> mappingProblems(ImportMapping mapping) {
        List<ImportError> problems = new ArrayList<>();
        if (mapping.column(Fields.WORKED_ON) == null && mapping.column(Fields.START) == null) {
            problems.add(ImportError.ofFile(null, "import.mapping.dateOrStartMissing", label(Fields.WORKED_ON),
                    label(Fields.START)));
        }
        if (mapping.column(Fields.DURATION) == null
                && (mapping.column(Fields.START) == null || mapping.column(Fields.END) == null)) {
            problems.add(ImportError.ofFile(null, "import.mapping.durationOrSpanMissing", label(Fields.DURATION),
                    label(Fields.START), label(Fields.END)));
        }
        return problems;
    }

    private static Object label(String field) {
        return ImportKind.TIME_ENTRIES.field(field).orElseThrow().label();
    }

    @Override
    public void check(ImportRow row, ImportErrors errors) {
        String startText = row.textOf(Fields.START);
        String endText = row.textOf(Fields.END);
        if (row.textOf(Fields.WORKED_ON).isEmpty() && startText.isEmpty()) {
            errors.reject(row, row.hasColumn(Fields.WORKED_ON) ? Fields.WORKED_ON : Fields.START,
                    "import.error.dateMissing");
        }
        LocalDateTime start = row.dateTime(Fields.START);
        LocalDateTime end = row.dateTime(Fields.END);
        if (start != null && end != null && end.isBefore(start)) {
            errors.reject(row, Fields.END, "import.error.endBeforeStart", startText);
            return;
        }
        if (!row.textOf(Fields.DURATION).isEmpty()) {
            return;
        }
        if (startText.isEmpty() || endText.isEmpty()) {
            String field = row.hasColumn(Fields.DURATION) ? Fields.DURATION
                    : startText.isEmpty() ? Fields.START : Fields.END;
            errors.reject(row, field, "import.error.timeMissing");
        } else if (start != null && end != null) {
            long minutes = Duration.between(start, end).toMinutes();
            if (minutes == 0) {
                errors.reject(row, Fields.END, "import.error.spanEmpty", startText);
            } else if (minutes > MAX_MINUTES) {
                errors.reject(row, Fields.END, "import.error.spanTooLong", startText);
            }
        }
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (row.has(Fields.EXTERNAL_ID)) {
            return "id:" + row.text(Fields.EXTERNAL_ID);
        }
        Draft draft = Draft.of(row, context.mapping());
        return draft == null ? null : "values:" + draft.newEntry();
    }

    @Override
    public String duplicateField() {
        return Fields.TECHNICIAN;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        List<Draft> drafts = rows.stream().map(row -> Draft.of(row, context.mapping())).toList();
        Map<String, StoredEntry> byExternalId = store.findByExternalIds(drafts.stream().map(Draft::externalId)
                .filter(Objects::nonNull).distinct().toList());
        Set<EntryValues> storedValues = new HashSet<>();
        store.findOnDays(drafts.stream().filter(draft -> draft.externalId() == null)
                .map(draft -> new ClientDay(draft.clientId(), draft.workedOn())).distinct().toList())
                .forEach(stored -> storedValues.add(stored.values().withoutExternalId()));

        List<EntryValues> inserts = new ArrayList<>();
        List<StoredEntry> updates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            Draft draft = drafts.get(i);
            StoredEntry stored = draft.externalId() == null ? null : byExternalId.get(draft.externalId());
            if (stored != null) {
                EntryValues revised = draft.revise(stored.values());
                if (revised.equals(stored.values())) {
                    context.done(row, ImportRow.Action.SKIP);
                    continue;
                }
                updates.add(new StoredEntry(stored.id(), revised));
                context.affected(stored.values().clientId());
                context.done(row, ImportRow.Action.UPDATE);
            } else if (draft.externalId() == null && storedValues.contains(draft.newEntry())) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                inserts.add(draft.newEntry());
                context.done(row, ImportRow.Action.CREATE);
            }
        }
        store.insert(inserts, context.runId());
        store.update(updates);
    }
}
