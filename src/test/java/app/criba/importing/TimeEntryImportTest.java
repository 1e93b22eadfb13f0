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
class TimeEntryImportTest {

    /** 4 March 2024 is a Monday and 9 March a Saturday. */
    private static final String FILE_WITH_IDS = """
            externalId,client,start,end,technician,billable,note
            T1,ACME,2024-03-04 09:00,2024-03-04 10:30,Ana,yes,Printer
            T2,ACME,2024-03-04 22:00,2024-03-04 23:15,Ana,no,Server down
            T3,ACME,2024-03-09 10:00,2024-03-09 10:45,Luis,,Weekend patch
            """;

    private static final String FILE_WITHOUT_IDS = """
            client,workedOn,duration,technician,afterHours,note
            ACME,2024-03-05,1:30,Ana,no,Backup check
            ACME,2024-03-05,45,Luis,yes,
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
        imports = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner);
        acme = KeyedImports.createClient(jdbc, "ACME");
    }

    private List<String> entries() {
        return jdbc.queryForList("""
                select coalesce(external_id, '-') || ' ' || client_id || ' ' || worked_on || ' ' || minutes || ' '
                       || technician || ' billable=' || billable || ' afterHours=' || after_hours || ' '
                       || coalesce(note, '-') || ' run ' || import_run_id
                from time_entry order by id
                """, String.class);
    }

    @Test
    void startAndEndGiveDateMinutesAndAfterHours() {
        ImportRun run = imports.run(FILE_WITH_IDS);

        assertThat(run.errors()).isEmpty();
        assertThat(run.counts().created()).isEqualTo(3);
        long id = run.id();
        assertThat(entries()).containsExactly(
                "T1 " + acme + " 2024-03-04 90 Ana billable=true afterHours=false Printer run " + id,
                "T2 " + acme + " 2024-03-04 75 Ana billable=false afterHours=true Server down run " + id,
                "T3 " + acme + " 2024-03-09 45 Luis billable=true afterHours=true Weekend patch run " + id);
    }

    @Test
    void dateAndDurationColumnsAreRead() {
        ImportRun run = imports.run(FILE_WITHOUT_IDS);

        assertThat(run.errors()).isEmpty();
        long id = run.id();
        assertThat(entries()).containsExactly(
                "- " + acme + " 2024-03-05 90 Ana billable=true afterHours=false Backup check run " + id,
                "- " + acme + " 2024-03-05 45 Luis billable=true afterHours=true - run " + id);
    }

    @Test
    void afterHoursColumnWinsOverStartTime() {
        imports.run("""
                client,start,duration,technician,afterHours
                ACME,2024-03-04 22:00,30,Ana,no
                ACME,2024-03-04 11:00,30,Ana,yes
                """);

        assertThat(jdbc.queryForList("select after_hours from time_entry order by id", Boolean.class))
                .containsExactly(false, true);
    }

    @Test
    void startWithoutTimeIsNotAfterHours() {
        imports.run("""
                client,start,duration,technician
                ACME,2024-03-04,30,Ana
                """);

        assertThat(jdbc.queryForObject("select after_hours from time_entry", Boolean.class)).isFalse();
    }

    @Test
    void importRescoresClient() {
        assertThat(KeyedImports.isScored(jdbc, acme)).isFalse();

        imports.run(FILE_WITH_IDS);

        assertThat(KeyedImports.isScored(jdbc, acme)).isTrue();
    }

    @Test
    void secondImportSkipsEntriesWithIds() {
        imports.run(FILE_WITH_IDS);
        List<String> before = entries();

        ImportRun second = imports.run(FILE_WITH_IDS);

        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void secondImportSkipsEntriesWithoutIds() {
        imports.run(FILE_WITHOUT_IDS);

        ImportRun second = imports.run(FILE_WITHOUT_IDS);

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(second.counts().created()).isZero();
        assertThat(count(jdbc, "time_entry")).isEqualTo(2);
    }

    @Test
    void changedEntryWithIdIsUpdated() {
        imports.run(FILE_WITH_IDS);

        ImportRun second = imports.run(FILE_WITH_IDS.replace("23:15", "23:30") + """
                T4,ACME,2024-03-06 08:00,2024-03-06 08:20,Luis,yes,Reboot
                """);

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().updated()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(second.counts().created()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select minutes from time_entry where external_id = 'T2'", Integer.class))
                .isEqualTo(90);
        assertThat(count(jdbc, "time_entry")).isEqualTo(4);
    }

    @Test
    void blankValuesKeepStoredOnes() {
        imports.run(FILE_WITH_IDS);

        ImportRun second = imports.run(FILE_WITH_IDS.replace("Ana,no,Server down", "Ana,,"));

        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select billable::text || ' ' || note from time_entry where external_id = 'T2'",
                String.class)).isEqualTo("false Server down");
    }

    @Test
    void changedEntryWithoutIdIsNewEntry() {
        imports.run(FILE_WITHOUT_IDS);

        ImportRun second = imports.run(FILE_WITHOUT_IDS.replace("Backup check", "Backup restore"));

        assertThat(second.counts().created()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(1);
        assertThat(count(jdbc, "time_entry")).isEqualTo(3);
    }

    @Test
    void repeatedRowsAreReported() {
        ImportRun withIds = imports.run(FILE_WITH_IDS + "T1,ACME,2024-03-07 09:00,2024-03-07 10:00,Ana,yes,Other\n");
        ImportRun withoutIds = imports.run(FILE_WITHOUT_IDS + "ACME,2024-03-05,01:30:00,Ana,no,Backup check\n");

        assertThat(described(withIds)).containsExactly("5 technician import.error.duplicateRow");
        assertThat(withIds.errors().get(0).args()).containsExactly("2");
        assertThat(described(withoutIds)).containsExactly("4 technician import.error.duplicateRow");
        assertThat(withoutIds.errors().get(0).args()).containsExactly("2");
        assertThat(count(jdbc, "time_entry")).isZero();
    }

    @Test
    void crossFieldRulesRejectFileAndWriteNothing() {
        ImportRun run = imports.run("""
                externalId,client,workedOn,start,end,duration,technician
                X1,ACME,,2024-03-04 10:00,2024-03-04 09:00,,Ana
                X2,ACME,,2024-03-04 10:00,2024-03-05 10:01,,Ana
                X3,ACME,,2024-03-04 10:00,2024-03-04 10:00,,Ana
                X4,ACME,,,,30,Ana
                X5,ACME,2024-03-04,,,,Ana
                X6,ACME,2024-03-04,2024-03-04 10:00,,,Ana
                X7,ACME,2024-03-04,,,30,Ana
                """);

        assertThat(described(run)).containsExactlyInAnyOrder(
                "2 end import.error.endBeforeStart",
                "3 end import.error.spanTooLong",
                "4 end import.error.spanEmpty",
                "5 workedOn import.error.dateMissing",
                "6 duration import.error.timeMissing",
                "7 duration import.error.timeMissing");
        assertThat(run.errors().get(0).args()).containsExactly("2024-03-04 10:00");
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(count(jdbc, "time_entry")).isZero();
    }

    @Test
    void mappingNeedsDateAndTime() {
        ImportRun noDate = imports.run("""
                client,duration,technician
                ACME,30,Ana
                """);
        ImportRun noTime = imports.run("""
                client,workedOn,start,technician
                ACME,2024-03-04,2024-03-04 10:00,Ana
                """);

        assertThat(noDate.errors()).extracting(ImportError::code)
                .containsExactly("import.mapping.dateOrStartMissing");
        assertThat(noTime.errors()).extracting(ImportError::code)
                .containsExactly("import.mapping.durationOrSpanMissing");
        assertThat(noTime.status()).isEqualTo(RunStatus.REJECTED);
    }

    @Test
    void unknownClientIsReportedOrCreated() {
        String file = """
                client,workedOn,duration,technician
                Initech,2024-03-04,30,Ana
                """;

        ImportRun rejected = imports.run(file);
        ImportRun created = imports.runCreatingClients(file);

        assertThat(described(rejected)).containsExactly("2 client import.error.clientUnknown");
        assertThat(created.errors()).isEmpty();
        assertThat(created.counts().clientsCreated()).isEqualTo(1);
        long initech = jdbc.queryForObject("select id from client where name = 'Initech'", Long.class);
        assertThat(jdbc.queryForObject("select client_id from time_entry", Long.class)).isEqualTo(initech);
        assertThat(KeyedImports.isScored(jdbc, initech)).isTrue();
    }
}
