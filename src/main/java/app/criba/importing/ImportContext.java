package app.criba.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state that writers share while one file is imported: the run and its user, the mapping,
 * the clients, the problems, and the counts of what was written.
 */
final class ImportContext {

    static final int CREATED_CLIENT_NAMES_KEPT = 50;

    private final long runId;
    private final Long userId;
    private final Locale locale;
    private final String fileName;
    private final ImportMapping mapping;
    private final ClientDirectory clients;
    private final ImportErrors errors;
    private final Set<Long> affectedClientIds = new HashSet<>();
    private final List<String> createdClientNames = new ArrayList<>();
    private final Map<String, Integer> extraCounts = new LinkedHashMap<>();
    private final Map<Class<?>, Object> writerState = new HashMap<>();
    private int clientsCreated;
    private int created;
    private int updated;
    private int skipped;

    ImportContext(long runId, Long userId, Locale locale, String fileName, ImportMapping mapping,
            ClientDirectory clients, ImportErrors errors) {
        this.runId = runId;
        this.userId = userId;
        this.locale = locale;
        this.fileName = fileName;
        this.mapping = mapping;
        this.clients = clients;
        this.errors = errors;
    }

    long runId() {
        return runId;
    }

    Long userId() {
        return userId;
    }

    Locale locale() {
        return locale;
    }

    String fileName() {
        return fileName;
    }

    ImportMapping mapping() {
        return mapping;
    }

    ClientDirectory clients() {
        return clients;
    }

    ImportErrors errors() {
        return errors;
    }

    /** Records what writing a row did, and marks its client for rescoring when something changed. */
    void done(ImportRow row, ImportRow.Action action) {
        row.action(action);
        switch (action) {
            case CREATE -> created++;
            case UPDATE -> updated++;
            case SKIP -> skipped++;
        }
        if (action != ImportRow.Action.SKIP && row.clientId() != null) {
            affectedClientIds.add(row.clientId());
        }
    }

    void clientCreated(long id, String name) {
        clientsCreated++;
        affectedClientIds.add(id);
        if (createdClientNames.size() < CREATED_CLIENT_NAMES_KEPT) {
            createdClientNames.add(name);
        }
    }

    /** Returns the writer's state for this file, creating it on first use. */
    <T> T state(Class<T> type, Supplier<T> create) {
        return type.cast(writerState.computeIfAbsent(type, key -> create.get()));
    }

    void affected(long clientId) {
        affectedClientIds.add(clientId);
    }

    /** Counts a record written besides the row's own, such as the payment that a settled invoice row implies. */
    void count(String what) {
        extraCounts.merge(what, 1, Integer::sum);
    }

    Set<Long> affectedClientIds() {
        return affectedClientIds;
    }

    ImportCounts counts() {
        return new ImportCounts(created, updated, skipped, clientsCreated, Map.copyOf(extraCounts),
                List.copyOf(createdClientNames));
    }
}
