package app.criba.importing;

import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.KeyedImports.described;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

@IntegrationTest
class RecommendationImportTest {

    private static final String HEADER = "client,proposedOn,title,estimatedValue,response,respondedOn\n";
    private static final String FILE = HEADER + """
            ACME,2024-01-10,Replace backup system,4500.00,,
            ACME,2024-02-01,Move to managed services,,Accepted,2024-02-15
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    KeyedImports imports;
    long acme;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        long owner = TestUsers.createOwner(users, encoder).getId();
        imports = new KeyedImports(context, ImportKind.RECOMMENDATIONS, owner);
        acme = KeyedImports.createClient(jdbc, "ACME");
    }

    private List<String> recommendations() {
        return jdbc.queryForList("""
                select client_id || ' ' || proposed_on || ' ' || title || ' ' || coalesce(estimated_value::text, '-')
                       || ' ' || response || ' ' || coalesce(responded_on::text, '-') || ' v' || version
                       || ' run ' || import_run_id
                from recommendation order by id
                """, String.class);
    }

    @Test
    void fileCreatesRecommendations() {
        ImportRun run = imports.run(FILE);

        assertThat(run.errors()).isEmpty();
        assertThat(run.counts().created()).isEqualTo(2);
        assertThat(recommendations()).containsExactly(
                acme + " 2024-01-10 Replace backup system 4500.00 NONE - v0 run " + run.id(),
                acme + " 2024-02-01 Move to managed services - ACCEPTED 2024-02-15 v0 run " + run.id());
    }

    @Test
    void importRescoresClient() {
        assertThat(KeyedImports.isScored(jdbc, acme)).isFalse();

        imports.run(FILE);

        assertThat(KeyedImports.isScored(jdbc, acme)).isTrue();
    }

    @Test
    void secondImportSkipsEveryRecommendation() {
        imports.run(FILE);
        List<String> before = recommendations();

        ImportRun second = imports.run(FILE);

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(recommendations()).isEqualTo(before);
    }

    @Test
    void answerFoundByTitleIgnoringCaseIsUpdated() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE.replace("Replace backup system,4500.00,,",
                "REPLACE BACKUP SYSTEM,4200.00,Cheapest option,2024-01-20"));

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().updated()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(1);
        assertThat(recommendations().get(0)).startsWith(
                acme + " 2024-01-10 Replace backup system 4200.00 CHEAPEST_OPTION 2024-01-20 v1");
        assertThat(count(jdbc, "recommendation")).isEqualTo(2);
    }

    @Test
    void blankResponseKeepsStoredAnswer() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE.replace(",Accepted,2024-02-15", ",,"));

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select response from recommendation where title like 'Move%'",
                String.class)).isEqualTo("ACCEPTED");
    }

    @Test
    void repeatedRowIsReported() {
        ImportRun run = imports.run(FILE + "ACME,2024-01-10,replace backup system,,,\n");

        assertThat(described(run)).containsExactly("4 title import.error.duplicateRow");
        assertThat(run.errors().get(0).args()).containsExactly("2");
        assertThat(count(jdbc, "recommendation")).isZero();
    }

    @Test
    void crossFieldRulesRejectFileAndWriteNothing() {
        ImportRun run = imports.run(HEADER + """
                ACME,2024-01-10,Date without answer,,,2024-01-20
                ACME,2024-01-11,Answer without date,,Declined,
                ACME,2024-01-12,Answer too early,,Declined,2024-01-02
                ACME,2024-01-13,Negative value,-1.00,,
                ACME,2024-01-14,Fine,100,,
                """);

        assertThat(described(run)).containsExactlyInAnyOrder(
                "2 respondedOn import.error.respondedWithoutResponse",
                "3 response import.error.responseWithoutDate",
                "4 respondedOn import.error.respondedBeforeProposed",
                "5 estimatedValue import.error.amountNegative");
        ImportError early = run.errors().stream()
                .filter(error -> error.code().equals("import.error.respondedBeforeProposed")).findFirst()
                .orElseThrow();
        assertThat(early.args()).containsExactly("2024-01-12");
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(count(jdbc, "recommendation")).isZero();
    }

    @Test
    void unknownClientIsReportedOrCreated() {
        String file = HEADER + "Initech,2024-01-10,Upgrade firewall,,,\n";

        ImportRun rejected = imports.run(file);
        ImportRun created = imports.runCreatingClients(file);

        assertThat(described(rejected)).containsExactly("2 client import.error.clientUnknown");
        assertThat(created.errors()).isEmpty();
        assertThat(created.counts().clientsCreated()).isEqualTo(1);
        long initech = jdbc.queryForObject("select id from client where name = 'Initech'", Long.class);
        assertThat(jdbc.queryForObject("select client_id from recommendation", Long.class)).isEqualTo(initech);
        assertThat(KeyedImports.isScored(jdbc, initech)).isTrue();
    }
}
