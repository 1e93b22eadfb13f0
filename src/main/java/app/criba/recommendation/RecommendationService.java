package app.criba.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.client.ClientService;
import app.criba.system.ClientDataChanged;
import app.criba.system.NotFoundException;

/** Records the advice given to a client and the client's answer to it. */
@Service
public class RecommendationService {

    private final Recommendations recommendations;
    private final ClientService clients;
    private final ApplicationEventPublisher events;

    RecommendationService(Recommendations recommendations, ClientService clients, ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.clients = clients;
        this.events = events;
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
        recommendation.answer(response, respondedOn);
        events.publishEvent(ClientDataChanged.of(clientId));
        return recommendation;
    }
}
