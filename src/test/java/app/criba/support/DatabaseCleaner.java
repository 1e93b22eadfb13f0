package app.criba.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table the tests write to, keeping the schema and the first scoring model. */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        jdbc.execute("truncate api_token, client_score, gut_check, recommendation, payment_dispute, interaction, time_entry, "
                + "payment, invoice, client, import_run, import_mapping restart identity cascade");
        jdbc.update("delete from scoring_model where version > 1");
        jdbc.update("update scoring_model set created_by_id = null");
        jdbc.update("delete from app_user");
    }
}
