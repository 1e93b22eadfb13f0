package app.criba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import app.criba.account.ApiTokenService;
import app.criba.account.AppUser;
import app.criba.account.Role;
import app.criba.account.TokenAccess;
import app.criba.account.UserAdministration;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/** Changes to users and API tokens are audited, without passwords or token secrets. */
@IntegrationTest
@WithMockUser(username = TestRows.USER_EMAIL)
class AccountChangesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApiTokenService tokens;

    long ownerId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        ownerId = new TestRows(jdbc).owner();
    }

    @Test
    void userLifecycleIsRecorded() {
        AppUser ana = administration.create("ana@example.com", "Ana Manager", Role.ACCOUNT_MANAGER, "es",
                "a secret password").user();

        administration.changeRole(ana.getId(), Role.VIEWER);
        administration.disable(ana.getId());
        administration.resetPassword(ana.getId());

        List<AuditEntries.Stored> entries = AuditEntries.ofKind(jdbc, "USER");
        assertThat(entries).extracting(AuditEntries.Stored::action)
                .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED");
        assertThat(entries).allSatisfy(stored -> {
            assertThat(stored.entityId()).isEqualTo(ana.getId());
            assertThat(stored.userId()).isEqualTo(ownerId);
        });
        assertThat(entries.get(0).after()).contains(entry("email", "ana@example.com"),
                entry("role", "ACCOUNT_MANAGER"));
        assertThat(entries.get(1).before()).containsOnly(entry("role", "ACCOUNT_MANAGER"));
        assertThat(entries.get(1).after()).containsOnly(entry("role", "VIEWER"));
        assertThat(entries.get(2).after()).containsOnly(entry("enabled", false));
        assertThat(entries.get(3).after()).containsOnly(entry("passwordReset", true));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where after_values::text like '%secret%' "
                + "or after_values::text like '%{bcrypt}%'", Integer.class)).isZero();
    }

    @Test
    void tokenCreationAndRevocationAreRecorded() {
        AppUser owner = administration.get(ownerId);
        var created = tokens.create(owner, "Nightly import", TokenAccess.READ_WRITE);

        tokens.revoke(owner, created.token().getId());
        tokens.revoke(owner, created.token().getId());

        List<AuditEntries.Stored> entries = AuditEntries.ofKind(jdbc, "API_TOKEN");
        assertThat(entries).extracting(AuditEntries.Stored::action).containsExactly("CREATED", "UPDATED");
        assertThat(entries.get(0).after()).contains(entry("name", "Nightly import"), entry("access", "READ_WRITE"));
        assertThat(entries.get(1).before()).containsOnly(entry("revokedAt", null));
        assertThat(entries.get(1).after().get("revokedAt")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where after_values::text like ?",
                Integer.class, "%" + created.secret() + "%")).isZero();
    }
}
