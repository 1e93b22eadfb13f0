package app.criba.scoring;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.criba.system.ClientDataChanged;

/**
 * Rescores clients whose records changed, inside the transaction that changed them, so the
 * stored score never disagrees with the records it was computed from.
 */
@Component
class RescoreOnChange {

    private final ScoringService scoring;
    private final EntityManager entityManager;

    RescoreOnChange(ScoringService scoring, EntityManager entityManager) {
        this.scoring = scoring;
        this.entityManager = entityManager;
    }

    @EventListener
    void onClientDataChanged(ClientDataChanged event) {
        // The facts are read with plain SQL, which does not see unflushed JPA changes.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
        scoring.rescore(event.clientIds());
    }
}
