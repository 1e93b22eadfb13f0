package app.criba.importing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.criba.activity.InteractionKind;
import app.criba.importing.InteractionStore.ClientMoment;
import app.criba.importing.InteractionStore.InteractionValues;
import app.criba.importing.InteractionStore.StoredInteraction;

/**
 * Writes interaction rows, logged by the user who runs the import. The moment is the date and
 * time column, or its date at the time column when the file has one. An interaction with an
 * external id is found again by that id, whatever its client, and updated when a field changed.
 * One without an id matches a stored interaction with the same client, moment, kind, after-hours
 * flag and note, and is then skipped.
 */
@Component
class InteractionWriter implements RecordWriter {

    private final InteractionStore store;

    InteractionWriter(InteractionStore store) {
        this.store = store;
    }

    /**
     * An interaction as one row gives it. After hours and note are null when the row leaves them
     * open. A new interaction then takes the default, and an updated one keeps its value.
     */
    private record Draft(String externalId, long clientId, LocalDateTime occurredAt, InteractionKind kind,
            Boolean afterHours, String note) {

        /** Reads the draft of a row, or returns null when the row lacks its client, moment or kind. */
        static Draft of(ImportRow row, ImportMapping mapping) {
            LocalDateTime occurredAt = row.dateTime(Fields.OCCURRED_AT);
            InteractionKind kind = row.choice(Fields.INTERACTION_KIND, InteractionKind.class, null);
            if (row.clientId() == null || occurredAt == null || kind == null) {
                return null;
            }
            boolean timeKnown = WorkingHours.givesTimeOfDay(row.textOf(Fields.OCCURRED_AT), mapping);
            if (row.has(Fields.TIME)) {
                occurredAt = occurredAt.toLocalDate().atTime(row.time(Fields.TIME));
                timeKnown = true;
            }
            Boolean afterHours = null;
            if (row.has(Fields.AFTER_HOURS)) {
                afterHours = row.yes(Fields.AFTER_HOURS, false);
            } else if (timeKnown) {
                afterHours = WorkingHours.isOutside(occurredAt);
            }
            return new Draft(row.text(Fields.EXTERNAL_ID), row.clientId(), occurredAt, kind, afterHours,
                    row.text(Fields.NOTE));
        }

        InteractionValues newInteraction() {
            return new InteractionValues(externalId, clientId, occurredAt, kind, afterHours != null && afterHours,
                    note);
        }

        InteractionValues revise(InteractionValues stored) {
            return new InteractionValues(stored.externalId(), clientId, occurredAt, kind,
                    afterHours != null ? afterHours : stored.afterHours(), note != null ? note : stored.note());
        }
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INTERACTIONS;
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (row.has(Fields.EXTERNAL_ID)) {
            return "id:" + row.text(Fields.EXTERNAL_ID);
        }
        Draft draft = Draft.of(row, context.mapping());
        return draft == null ? null : "values:" + draft.newInteraction();
    }

    @Override
    public String duplicateField() {
        return Fields.OCCURRED_AT;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        List<Draft> drafts = rows.stream().map(row -> Draft.of(row, context.mapping())).toList();
        Map<String, StoredInteraction> byExternalId = store.findByExternalIds(drafts.stream()
                .map(Draft::externalId).filter(Objects::nonNull).distinct().toList());
        Set<InteractionValues> storedValues = new HashSet<>();
        store.findAt(drafts.stream().filter(draft -> draft.externalId() == null)
                .map(draft -> new ClientMoment(draft.clientId(), draft.occurredAt())).distinct().toList())
                .forEach(stored -> storedValues.add(stored.values().withoutExternalId()));

        List<InteractionValues> inserts = new ArrayList<>();
        List<StoredInteraction> updates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            Draft draft = drafts.get(i);
            StoredInteraction stored = draft.externalId() == null ? null : byExternalId.get(draft.externalId());
            if (stored != null) {
                InteractionValues revised = draft.revise(stored.values());
                if (revised.equals(stored.values())) {
                    context.done(row, ImportRow.Action.SKIP);
                    continue;
                }
                updates.add(new StoredInteraction(stored.id(), revised));
                context.affected(stored.values().clientId());
                context.done(row, ImportRow.Action.UPDATE);
            } else if (draft.externalId() == null && storedValues.contains(draft.newInteraction())) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                inserts.add(draft.newInteraction());
                context.done(row, ImportRow.Action.CREATE);
            }
        }
        store.insert(inserts, context.userId(), context.runId());
        store.update(updates);
    }
}
