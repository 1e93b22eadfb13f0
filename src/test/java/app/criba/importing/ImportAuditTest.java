package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.account.Users;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/** An import is one audit entry when it starts, one when it ends and one when it is undone, never one per row. */
@IntegrationTest
class ImportAuditTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ImportUndo undo;

    long owner;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder).getId();
        KeyedImports.createClient(jdbc, "ACME");
    }

    private List<Map<String, Object>> entries() {
        return jdbc.queryForList("""
                select entity_kind, entity_id, action, user_id, user_name, after_values ->> 'created' as created,
                       after_values ->> 'recordsDeleted' as deleted, after_values ->> 'kind' as kind
                from audit_entry order by id
                """);
    }

    @Test
    void importAndUndoWriteOneEntryEach() {
        ImportRun run = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner).runCreatingClients("""
                client,workedOn,duration,technician
                ACME,2024-03-04,30,Ana
                ACME,2024-03-05,30,Ana
                Initech,2024-03-04,45,Luis
                """);
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);

        assertThat(undo.undo(run.id(), owner)).isEmpty();

        List<Map<String, Object>> entries = entries();
        assertThat(entries).extracting(row -> row.get("action"))
                .containsExactly("IMPORT_STARTED", "IMPORTED", "UNDONE");
        assertThat(entries).allSatisfy(row -> {
            assertThat(row.get("entity_kind")).isEqualTo("IMPORT_RUN");
            assertThat(row.get("entity_id")).isEqualTo(run.id());
            assertThat(row.get("user_id")).isEqualTo(owner);
            assertThat(row.get("user_name")).isEqualTo("Olga Owner");
            assertThat(row.get("kind")).isEqualTo("TIME_ENTRIES");
        });
        assertThat(entries.get(1).get("created")).isEqualTo("3");
        assertThat(entries.get(2).get("deleted")).isEqualTo("4");
    }

    @Test
    void rejectedImportIsRecordedAsFailed() {
        ImportRun run = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner).run("""
                client,workedOn,duration,technician
                Nobody,2024-03-04,30,Ana
                """);
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);

        assertThat(entries()).extracting(row -> row.get("action")).containsExactly("IMPORT_STARTED", "IMPORT_FAILED");
    }

    @Test
    void checkWritesNoEntry() {
        KeyedImports imports = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner);
        String csv = """
                client,workedOn,duration,technician
                ACME,2024-03-04,30,Ana
                """;
        new ImportTester(context).check("time-entries.csv", ImportFixtures.utf8(csv), imports.mapping(csv, null),
                owner, java.util.Locale.ENGLISH);

        assertThat(entries()).isEmpty();
    }
}
