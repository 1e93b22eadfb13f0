package app.criba;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.support.IntegrationTest;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesSchemaWithFirstScoringModel() {
        Integer version = jdbc.queryForObject("select max(version) from scoring_model", Integer.class);
        assertThat(version).isNotNull().isPositive();
    }
}
