package app.criba.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.criba.scoring.engine.Scorecard;
import tools.jackson.databind.json.JsonMapper;

/** The stored current scorecard of each client, one row per client, with the full scorecard as JSON. */
@Component
class ClientScores {

    private static final String UPSERT_SQL = """
            insert into client_score (client_id, model_version, as_of, computed_at, financial, relationship, gut,
                                      composite, grade, low_confidence, revenue_per_month, cost_per_month,
                                      hours_per_month, scorecard)
            values (:clientId, :modelVersion, :asOf, :computedAt, :financial, :relationship, :gut, :composite, :grade,
                    :lowConfidence, :revenue, :cost, :hours, cast(:scorecard as jsonb))
            on conflict (client_id) do update set
                model_version = excluded.model_version, as_of = excluded.as_of, computed_at = excluded.computed_at,
                financial = excluded.financial, relationship = excluded.relationship, gut = excluded.gut,
                composite = excluded.composite, grade = excluded.grade, low_confidence = excluded.low_confidence,
                revenue_per_month = excluded.revenue_per_month, cost_per_month = excluded.cost_per_month,
                hours_per_month = excluded.hours_per_month, scorecard = excluded.scorecard
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ClientScores(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Locks the rows of these clients (every client when {@code clientIds} is null) until the
     * transaction ends, so that two transactions never rescore the same client at once.
     *
     * <p>Without it, in PostgreSQL's default READ COMMITTED isolation, a transaction reads a
     * client's facts, a second one commits a new interaction and its own score, and the first then
     * overwrites that score with one that lacks the interaction. With the lock, the later
     * transaction waits until the earlier one commits and only then reads the facts, in a new
     * statement that includes the earlier transaction's rows.
     * {@code FOR NO KEY UPDATE} does not conflict with the {@code FOR KEY SHARE} locks that
     * inserting a client's records takes through their foreign keys, so concurrent inserts do not
     * deadlock against it. Rows are locked in id order so that two rescores of overlapping client
     * sets wait for each other instead of deadlocking.
     */
    void lockClients(Collection<Long> clientIds) {
        if (clientIds == null) {
            jdbc.sql("select id from client order by id for no key update").query(Long.class).list();
        } else if (!clientIds.isEmpty()) {
            jdbc.sql("select id from client where id in (:ids) order by id for no key update")
                    .param("ids", clientIds)
                    .query(Long.class)
                    .list();
        }
    }

    void store(Scorecard card) {
        jdbc.sql(UPSERT_SQL)
                .param("clientId", card.clientId())
                .param("modelVersion", card.modelVersion())
                .param("asOf", card.asOf())
                .param("computedAt", java.sql.Timestamp.from(Instant.now(clock)))
                .param("financial", card.financial().score())
                .param("relationship", card.relationship())
                .param("gut", card.gut())
                .param("composite", card.composite())
                .param("grade", card.grade().name())
                .param("lowConfidence", card.lowConfidence())
                .param("revenue", card.financial().revenuePerMonth())
                .param("cost", card.financial().costPerMonth())
                .param("hours", card.financial().hoursPerMonth())
                .param("scorecard", json.writeValueAsString(card))
                .update();
    }

    /**
     * Removes stored scores that no longer belong to a scored client (a client that became
     * former). With {@code candidates} null every stored score is a candidate.
     */
    void removeAllExcept(Collection<Long> candidates, Set<Long> kept) {
        Set<Long> stale = new HashSet<>(candidates == null
                ? jdbc.sql("select client_id from client_score").query(Long.class).list()
                : candidates);
        stale.removeAll(kept);
        if (!stale.isEmpty()) {
            jdbc.sql("delete from client_score where client_id in (:ids)").param("ids", stale).update();
        }
    }
}
