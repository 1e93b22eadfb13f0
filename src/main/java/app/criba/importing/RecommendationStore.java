package app.criba.importing;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.criba.recommendation.RecommendationResponse;

/** The database work of recommendation imports, one query per batch to find stored ones and JDBC batches to write. */
@Repository
class RecommendationStore {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    RecommendationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a recommendation that an import may change: the client's response, its date and the value. */
    record Answer(RecommendationResponse response, LocalDate respondedOn, BigDecimal estimatedValue) {

        boolean sameAs(Answer other) {
            return response == other.response && Objects.equals(respondedOn, other.respondedOn)
                    && (estimatedValue == null ? other.estimatedValue == null
                            : other.estimatedValue != null && estimatedValue.compareTo(other.estimatedValue) == 0);
        }
    }

    /** A recommendation: its identity (client, proposal date and title) and the fields an import may change. */
    record Recommendation(long id, long clientId, LocalDate proposedOn, String title, Answer answer) {
    }

    /** A client and a day, to find the recommendations proposed that day. */
    record ClientDay(long clientId, LocalDate day) {
    }

    /** Finds every recommendation made to these clients on these days. */
    List<Recommendation> findProposedOn(Collection<ClientDay> days) {
        List<Recommendation> found = new ArrayList<>();
        if (days.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select id, client_id, proposed_on, title, estimated_value, response, responded_on
                from recommendation
                where (client_id, proposed_on) in (select * from unnest(?::bigint[], ?::date[]))
                order by id
                """, row -> {
            Answer answer = new Answer(RecommendationResponse.valueOf(row.getString("response")),
                    row.getObject("responded_on", LocalDate.class), row.getBigDecimal("estimated_value"));
            found.add(new Recommendation(row.getLong("id"), row.getLong("client_id"),
                    row.getObject("proposed_on", LocalDate.class), row.getString("title"), answer));
        }, days.stream().map(ClientDay::clientId).toArray(Long[]::new),
                days.stream().map(day -> day.day().toString()).toArray(String[]::new));
        return found;
    }

    /** Inserts the recommendations. Their ids are ignored. */
    void insert(List<Recommendation> recommendations, long runId) {
        jdbc.batchUpdate("""
                insert into recommendation (client_id, proposed_on, title, estimated_value, response, responded_on,
                                            import_run_id)
                values (?, ?, ?, ?, ?, ?, ?)
                """, recommendations, BATCH_SIZE, (statement, recommendation) -> {
            Answer answer = recommendation.answer();
            statement.setLong(1, recommendation.clientId());
            statement.setObject(2, recommendation.proposedOn());
            statement.setString(3, recommendation.title());
            statement.setBigDecimal(4, answer.estimatedValue());
            statement.setString(5, answer.response().name());
            statement.setObject(6, answer.respondedOn(), Types.DATE);
            statement.setLong(7, runId);
        });
    }

    /**
     * Writes the new responses and values, and bumps the version so that an edit form open on the
     * recommendation fails on save.
     */
    void updateAnswers(List<Recommendation> recommendations) {
        jdbc.batchUpdate("""
                update recommendation set response = ?, responded_on = ?, estimated_value = ?, version = version + 1
                where id = ?
                """, recommendations, BATCH_SIZE, (statement, recommendation) -> {
            Answer answer = recommendation.answer();
            statement.setString(1, answer.response().name());
            statement.setObject(2, answer.respondedOn(), Types.DATE);
            statement.setBigDecimal(3, answer.estimatedValue());
            statement.setLong(4, recommendation.id());
        });
    }
}
