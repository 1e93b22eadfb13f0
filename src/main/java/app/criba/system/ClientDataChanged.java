package app.criba.system;

import java.util.Set;

/**
 * Published when records that feed the scores of these clients were created, changed or
 * removed, so that their scorecards are recomputed in the same transaction.
 */
public record ClientDataChanged(Set<Long> clientIds) {

    public static ClientDataChanged of(Long clientId) {
        return new ClientDataChanged(Set.of(clientId));
    }
}
