package app.criba.importing;

import java.io.Serializable;
import java.util.List;

/** What an import wrote: counts per kind of record, and the names of the clients it created. */
public record ImportSummary(String fileName, int rows, int clientsCreated, int invoicesCreated, int invoicesUpdated,
        int invoicesSkipped, int paymentsCreated, int disputesCreated, List<String> createdClientNames)
        implements Serializable {

    public ImportSummary {
        createdClientNames = List.copyOf(createdClientNames);
    }

    public boolean changedNothing() {
        return clientsCreated == 0 && invoicesCreated == 0 && invoicesUpdated == 0 && paymentsCreated == 0
                && disputesCreated == 0;
    }
}
