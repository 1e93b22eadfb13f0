package app.criba.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;
import app.criba.client.ClientService;
import app.criba.system.ClientDataChanged;
import app.criba.system.NotFoundException;

/** Records the advice given to a client and the client's answer to it. */
@Service
public class RecommendationService {

    private final Recommendations recommendations;
    private final ClientService clients;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    RecommendationService(Recommendations recommendations, ClientService clients, ApplicationEventPublisher events,
            AuditLog audit) {
        this.recommendations = recommendations;
        this.clients = clients;
        this.events = events;
        this.audit = audit;
    }

    /** Returns the client's recommendation, or throws {@link NotFoundException} when it does not exist or is another client's. */
    @Transactional(readOnly = true)
    public Recommendation get(Long clientId, Long recommendationId) {
        return recommendations.findById(recommendationId)
                .filter(recommendation -> recommendation.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
    }

    @Transactional
    public Recommendation propose(Long clientId, LocalDate proposedOn, String title, BigDecimal estimatedValue) {
        clients.get(clientId);
        Recommendation recommendation = recommendations.save(
                new Recommendation(clientId, proposedOn, title, estimatedValue));
        audit.record(AuditEntry.created(AuditKind.RECOMMENDATION, recommendation.getId(), clientId,
                auditValues(recommendation)));
        events.publishEvent(ClientDataChanged.of(clientId));
        return recommendation;
    }

    /**
     * Records the client's answer, unless someone saved the recommendation after the form was
     * opened: then {@code expectedVersion} no longer matches and nothing is written.
     */
    @Transactional
    public Recommendation answer(Long clientId, Long recommendationId, Long expectedVersion,
            RecommendationResponse response, LocalDate respondedOn) {
        Recommendation recommendation = get(clientId, recommendationId);
        if (!Objects.equals(expectedVersion, recommendation.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Recommendation.class, recommendationId);
        }
        AuditValues before = auditValues(recommendation);
        recommendation.answer(response, respondedOn);
        audit.record(AuditEntry.updated(AuditKind.RECOMMENDATION, recommendationId, clientId, before,
                auditValues(recommendation)));
        events.publishEvent(ClientDataChanged.of(clientId));
        return recommendation;
    }

    private static AuditValues auditValues(Recommendation recommendation) {
        return AuditValues.of()
                .put("proposedOn", recommendation.getProposedOn())
                .put("title", recommendation.getTitle())
                .put("estimatedValue", recommendation.getEstimatedValue())
                .put("response", recommendation.getResponse())
                .put("respondedOn", recommendation.getRespondedOn());
    }
}
