package app.criba.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import wrote, or would write: the rows that created, changed or matched a record
 * unchanged, the clients created, other records written (such as "payments" from settled
 * invoice rows), and the names of the first clients created.
 */
public record ImportCounts(int created, int updated, int skipped, int clientsCreated, Map<String, Integer> extra,
        List<String> createdClientNames) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, Map.of(), List.of());

    public ImportCounts {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        createdClientNames = createdClientNames == null ? List.of() : List.copyOf(createdClientNames);
    }

    public boolean changedNothing() {
        return created == 0 && updated == 0 && clientsCreated == 0
                && extra.values().stream().allMatch(count -> count == 0);
    }
}
