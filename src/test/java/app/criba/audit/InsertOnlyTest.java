package app.criba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/** The database itself keeps the audit trail insert-only, whatever code sends the statement. */
@IntegrationTest
class InsertOnlyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        audit.record(AuditEntry.created(AuditKind.CLIENT, 7L, 7L, AuditValues.of().put("name", "Ruiz")));
    }

    @Test
    void updateIsRejected() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set user_name = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is insert-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where user_name is null", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void deleteIsRejected() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is insert-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(1);
    }

    @Test
    void insertStillWorks() {
        audit.record(AuditEntry.deleted(AuditKind.CLIENT, 7L, 7L, AuditValues.of().put("name", "Ruiz")));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(2);
    }
}
