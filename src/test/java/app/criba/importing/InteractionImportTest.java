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
class InteractionImportTest {

    /** 4 March 2024 is a Monday. */
    private static final String FILE = """
            externalId,client,occurredAt,interactionKind,note
            I1,ACME,2024-03-04 22:15,Emergency,Server down
            I2,ACME,2024-03-05 10:00,ticket,Printer
            I3,ACME,2024-03-06,Meeting,Review
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
    long owner;
    long acme;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder).getId();
        imports = new KeyedImports(context, ImportKind.INTERACTIONS, owner);
        acme = KeyedImports.createClient(jdbc, "ACME");
    }

    private List<String> interactions() {
        return jdbc.queryForList("""
                select coalesce(external_id, '-') || ' ' || client_id || ' ' || occurred_at || ' ' || kind
                       || ' afterHours=' || after_hours || ' ' || coalesce(note, '-') || ' by ' || logged_by_id
                       || ' run ' || import_run_id
                from interaction order by id
                """, String.class);
    }

    @Test
    void fileCreatesInteractions() {
        ImportRun run = imports.run(FILE);

        assertThat(run.errors()).isEmpty();
        assertThat(run.counts().created()).isEqualTo(3);
        String tail = " by " + owner + " run " + run.id();
        assertThat(interactions()).containsExactly(
                "I1 " + acme + " 2024-03-04 22:15:00 EMERGENCY_CALL afterHours=true Server down" + tail,
                "I2 " + acme + " 2024-03-05 10:00:00 TICKET afterHours=false Printer" + tail,
                "I3 " + acme + " 2024-03-06 00:00:00 MEETING afterHours=false Review" + tail);
    }

    @Test
    void timeColumnCompletesDate() {
        imports.run("""
                client,occurredAt,time,interactionKind
                ACME,2024-03-04,07:30,Call
                ACME,2024-03-05,,Call
                """);

        assertThat(jdbc.queryForList("select occurred_at || ' ' || after_hours from interaction order by id",
                String.class)).containsExactly("2024-03-04 07:30:00 true", "2024-03-05 00:00:00 false");
    }

    @Test
    void afterHoursColumnWinsOverTime() {
        imports.run("""
                client,occurredAt,interactionKind,afterHours
                ACME,2024-03-04 10:00,Call,yes
                ACME,2024-03-04 23:00,Call,no
                """);

        assertThat(jdbc.queryForList("select after_hours from interaction order by id", Boolean.class))
                .containsExactly(true, false);
    }

    @Test
    void importRescoresClient() {
        assertThat(KeyedImports.isScored(jdbc, acme)).isFalse();

        imports.run(FILE);

        assertThat(KeyedImports.isScored(jdbc, acme)).isTrue();
    }

    @Test
    void secondImportSkipsEveryInteraction() {
        imports.run(FILE);
        List<String> before = interactions();

        ImportRun second = imports.run(FILE);

        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(interactions()).isEqualTo(before);
    }

    @Test
    void secondImportWithoutIdsSkipsSameInteractions() {
        String file = """
                client,occurredAt,interactionKind,note
                ACME,2024-03-04 22:15,Emergency,Server down
                ACME,2024-03-05 10:00,ticket,
                """;
        imports.run(file);

        ImportRun second = imports.run(file);

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(count(jdbc, "interaction")).isEqualTo(2);
    }

    @Test
    void changedInteractionWithIdIsUpdated() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE.replace("ticket,Printer", "Complaint,Printer again"));

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().updated()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select kind || ' ' || note from interaction where external_id = 'I2'",
                String.class)).isEqualTo("COMPLAINT Printer again");
        assertThat(count(jdbc, "interaction")).isEqualTo(3);
    }

    @Test
    void repeatedRowIsReported() {
        ImportRun run = imports.run(FILE + "I2,ACME,2024-03-07 10:00,Email,Other\n");

        assertThat(described(run)).containsExactly("5 occurredAt import.error.duplicateRow");
        assertThat(run.errors().get(0).args()).containsExactly("3");
        assertThat(count(jdbc, "interaction")).isZero();
    }

    @Test
    void missingOrUnknownKindRejectsFile() {
        ImportRun run = imports.run(FILE + """
                I4,ACME,2024-03-07 10:00,,Nothing
                I5,ACME,2024-03-07 11:00,Carrier pigeon,Odd
                """);

        assertThat(described(run)).containsExactly(
                "5 interactionKind import.error.required",
                "6 interactionKind import.error.valueUnmapped");
        assertThat(count(jdbc, "interaction")).isZero();
    }

    @Test
    void unknownClientIsReportedOrCreated() {
        String file = """
                client,occurredAt,interactionKind
                Initech,2024-03-04 10:00,Call
                """;

        ImportRun rejected = imports.run(file);
        ImportRun created = imports.runCreatingClients(file);

        assertThat(described(rejected)).containsExactly("2 client import.error.clientUnknown");
        assertThat(created.errors()).isEmpty();
        assertThat(created.counts().clientsCreated()).isEqualTo(1);
        long initech = jdbc.queryForObject("select id from client where name = 'Initech'", Long.class);
        assertThat(jdbc.queryForObject("select client_id from interaction", Long.class)).isEqualTo(initech);
        assertThat(KeyedImports.isScored(jdbc, initech)).isTrue();
    }
}
