package app.criba.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.scoring.engine.ClientFacts;
import app.criba.scoring.engine.Scorecard;
import app.criba.scoring.engine.ScoringEngine;
import app.criba.scoring.engine.ScoringParameters;

/**
 * Scores clients with the current scoring model: aggregates their facts with a few grouped
 * queries, runs the pure engine on each, and keeps every client's current scorecard stored.
 */
@Service
public class ScoringService {

    private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

    private final ClientFactsQuery factsQuery;
    private final ScoringModels models;
    private final ClientScores scores;
    private final Clock clock;

    ScoringService(ClientFactsQuery factsQuery, ScoringModels models, ClientScores scores, Clock clock) {
        this.factsQuery = factsQuery;
        this.models = models;
        this.scores = scores;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ScoringParameters currentModel() {
        return models.findCurrent().toParameters();
    }

    /** Scorecards of every client that is not former, as of a date, in client id order. Stores nothing. */
    @Transactional(readOnly = true)
    public List<Scorecard> scorePortfolio(LocalDate asOf) {
        ScoringParameters model = currentModel();
        return factsQuery.forEveryone(asOf, model).values().stream()
                .map(facts -> ScoringEngine.score(facts, model))
                .toList();
    }

    /** One client's scorecard as of a date, or empty for a former or unknown client. Stores nothing. */
    @Transactional(readOnly = true)
    public Optional<Scorecard> scoreClient(long clientId, LocalDate asOf) {
        ScoringParameters model = currentModel();
        return factsQuery.forClients(List.of(clientId), asOf, model).values().stream()
                .map(facts -> ScoringEngine.score(facts, model))
                .findFirst();
    }

    /** Recomputes and stores the current scorecards of these clients, as of today. */
    @Transactional
    public void rescore(Collection<Long> clientIds) {
        scores.lockClients(clientIds);
        ScoringParameters model = currentModel();
        Map<Long, ClientFacts> facts = factsQuery.forClients(clientIds, today(), model);
        facts.values().forEach(clientFacts -> scores.store(ScoringEngine.score(clientFacts, model)));
        scores.removeAllExcept(clientIds, facts.keySet());
    }

    /** Recomputes and stores the scorecards of every client, after a model change or on request. */
    @Transactional
    public int rescoreAll() {
        scores.lockClients(null);
        ScoringParameters model = currentModel();
        Map<Long, ClientFacts> facts = factsQuery.forEveryone(today(), model);
        facts.values().forEach(clientFacts -> scores.store(ScoringEngine.score(clientFacts, model)));
        scores.removeAllExcept(null, facts.keySet());
        log.info("Rescored {} clients with scoring model version {}", facts.size(), model.version());
        return facts.size();
    }
}
