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
class DisputeImportTest {

    private static final String HEADER =
            "client,invoiceNumber,openedOn,amount,reason,signedAgreement,status,resolvedOn,resolutionNote\n";
    private static final String FILE = HEADER + """
            ACME,0007,2024-02-01,120.00,Travel fee not agreed,no,,,
            ACME,,2024-02-03,0,Slow response,yes,Written off,2024-03-01,Goodwill
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
        imports = new KeyedImports(context, ImportKind.DISPUTES, owner);
        acme = KeyedImports.createClient(jdbc, "ACME");
        jdbc.update("""
                insert into invoice (client_id, number, issue_date, due_date, amount, billing_method, kind)
                values (?, '0007', date '2024-01-05', date '2024-02-04', 120.00, 'PAPER', 'BREAK_FIX')
                """, acme);
    }

    private List<String> disputes() {
        return jdbc.queryForList("""
                select d.client_id || ' ' || coalesce(i.number, '-') || ' ' || d.opened_on || ' ' || d.amount || ' '
                       || d.reason || ' signed=' || d.signed_agreement || ' ' || d.status || ' '
                       || coalesce(d.resolved_on::text, '-') || ' ' || coalesce(d.resolution_note, '-')
                       || ' v' || d.version || ' by ' || d.logged_by_id || ' run ' || d.import_run_id
                from payment_dispute d left join invoice i on i.id = d.invoice_id order by d.id
                """, String.class);
    }

    @Test
    void fileCreatesDisputes() {
        ImportRun run = imports.run(FILE);

        assertThat(run.errors()).isEmpty();
        assertThat(run.counts().created()).isEqualTo(2);
        String tail = " by " + owner + " run " + run.id();
        assertThat(disputes()).containsExactly(
                acme + " 0007 2024-02-01 120.00 Travel fee not agreed signed=false OPEN - - v0" + tail,
                acme + " - 2024-02-03 0.00 Slow response signed=true WRITTEN_OFF 2024-03-01 Goodwill v0" + tail);
    }

    @Test
    void importRescoresClient() {
        assertThat(KeyedImports.isScored(jdbc, acme)).isFalse();

        imports.run(FILE);

        assertThat(KeyedImports.isScored(jdbc, acme)).isTrue();
    }

    @Test
    void secondImportSkipsEveryDispute() {
        imports.run(FILE);
        List<String> before = disputes();

        ImportRun second = imports.run(FILE);

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(disputes()).isEqualTo(before);
    }

    @Test
    void resolvedDisputeIsUpdated() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE.replace("no,,,", "no,Paid,2024-03-10,Paid after a call"));

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().updated()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(1);
        assertThat(disputes().get(0)).startsWith(acme + " 0007 2024-02-01 120.00 Travel fee not agreed "
                + "signed=false RESOLVED_PAID 2024-03-10 Paid after a call v1");
        assertThat(count(jdbc, "payment_dispute")).isEqualTo(2);
    }

    @Test
    void blankStatusKeepsStoredResolution() {
        imports.run(FILE.replace("no,,,", "no,Paid,2024-03-10,Paid after a call"));

        ImportRun second = imports.run(FILE);

        assertThat(second.counts().skipped()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from payment_dispute where amount = 120", String.class))
                .isEqualTo("RESOLVED_PAID");
    }

    @Test
    void repeatedRowIsReported() {
        ImportRun run = imports.run(FILE + "ACME,0007,2024-02-01,120,Again,no,,,\n");

        assertThat(described(run)).containsExactly("4 openedOn import.error.duplicateRow");
        assertThat(run.errors().get(0).args()).containsExactly("2");
        assertThat(count(jdbc, "payment_dispute")).isZero();
    }

    @Test
    void crossFieldRulesRejectFileAndWriteNothing() {
        ImportRun run = imports.run(HEADER + """
                ACME,,2024-02-01,10.00,Resolved but open,no,,2024-03-01,
                ACME,,2024-02-02,10.00,Paid without date,no,Paid,,
                ACME,,2024-02-03,10.00,Resolved too early,no,Paid,2024-01-15,
                ACME,,2024-02-04,-5.00,Negative,no,,,
                ACME,9999,2024-02-05,10.00,Unknown invoice,no,,,
                ACME,0007,2024-02-06,10.00,Fine,no,,,
                """);

        assertThat(described(run)).containsExactlyInAnyOrder(
                "2 resolvedOn import.error.resolvedWithoutStatus",
                "3 status import.error.statusWithoutResolved",
                "4 resolvedOn import.error.resolvedBeforeOpened",
                "5 amount import.error.amountNegative",
                "6 invoiceNumber import.error.invoiceUnknown");
        ImportError early = run.errors().stream()
                .filter(error -> error.code().equals("import.error.resolvedBeforeOpened")).findFirst().orElseThrow();
        assertThat(early.args()).containsExactly("2024-02-03");
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(count(jdbc, "payment_dispute")).isZero();
    }

    @Test
    void unknownClientIsReportedOrCreated() {
        String file = HEADER + "Initech,,2024-02-01,50.00,Disputed call-out,no,,,\n";

        ImportRun rejected = imports.run(file);
        ImportRun created = imports.runCreatingClients(file);

        assertThat(described(rejected)).containsExactly("2 client import.error.clientUnknown");
        assertThat(created.errors()).isEmpty();
        assertThat(created.counts().clientsCreated()).isEqualTo(1);
        long initech = jdbc.queryForObject("select id from client where name = 'Initech'", Long.class);
        assertThat(jdbc.queryForObject("select client_id from payment_dispute", Long.class)).isEqualTo(initech);
        assertThat(KeyedImports.isScored(jdbc, initech)).isTrue();
    }
}
