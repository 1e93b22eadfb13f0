package app.criba.importing;

import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.KeyedImports.described;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
class PaymentImportTest {

    private static final String FILE = """
            client,invoiceNumber,paidOn,amount
            ACME,0001,2024-02-10,60.00
            ACME,0001,2024-03-01,40
            ACME,0002,2024-02-15,250.50
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
        imports = new KeyedImports(context, ImportKind.PAYMENTS, owner);
        acme = KeyedImports.createClient(jdbc, "ACME");
        insertInvoice(acme, "0001", "2024-01-05", "100.00");
        insertInvoice(acme, "0002", "2024-02-01", "250.50");
    }

    private void insertInvoice(long clientId, String number, String issued, String amount) {
        jdbc.update("""
                insert into invoice (client_id, number, issue_date, due_date, amount, billing_method, kind)
                values (?, ?, ?::date, ?::date + 30, ?::numeric, 'ELECTRONIC', 'RECURRING')
                """, clientId, number, issued, issued, amount);
    }

    @Test
    void fileCreatesPaymentsOfStoredInvoices() {
        ImportRun run = imports.run(FILE);

        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(run.counts().created()).isEqualTo(3);
        List<String> payments = jdbc.queryForList("""
                select i.number || ' ' || p.paid_on || ' ' || p.amount || ' run ' || p.import_run_id
                from payment p join invoice i on i.id = p.invoice_id order by p.id
                """, String.class);
        assertThat(payments).containsExactly(
                "0001 2024-02-10 60.00 run " + run.id(),
                "0001 2024-03-01 40.00 run " + run.id(),
                "0002 2024-02-15 250.50 run " + run.id());
    }

    @Test
    void importRescoresClient() {
        assertThat(KeyedImports.isScored(jdbc, acme)).isFalse();

        imports.run(FILE);

        assertThat(KeyedImports.isScored(jdbc, acme)).isTrue();
    }

    @Test
    void secondImportSkipsEveryPayment() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE.replace("60.00", "60"));

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().created()).isZero();
        assertThat(second.counts().updated()).isZero();
        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(count(jdbc, "payment")).isEqualTo(3);
    }

    @Test
    void overlappingFileAddsOnlyNewPayment() {
        imports.run(FILE);

        ImportRun second = imports.run(FILE + "ACME,0002,2024-03-15,10.00\n");

        assertThat(second.counts().created()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(count(jdbc, "payment")).isEqualTo(4);
    }

    @Test
    void invoiceNumberComparedAsText() {
        ImportRun run = imports.run("""
                client,invoiceNumber,paidOn,amount
                ACME,1,2024-02-10,60.00
                """);

        assertThat(described(run)).containsExactly("2 invoiceNumber import.error.invoiceUnknown");
        assertThat(run.errors().get(0).value()).isEqualTo("1");
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(count(jdbc, "payment")).isZero();
    }

    @Test
    void invoiceOfAnotherClientIsUnknown() {
        KeyedImports.createClient(jdbc, "Globex");

        ImportRun run = imports.run("""
                client,invoiceNumber,paidOn,amount
                Globex,0001,2024-02-10,60.00
                """);

        assertThat(described(run)).containsExactly("2 invoiceNumber import.error.invoiceUnknown");
    }

    @Test
    void repeatedRowIsReported() {
        ImportRun run = imports.run(FILE + "ACME,0001,2024-02-10,60\n");

        assertThat(described(run)).containsExactly("5 invoiceNumber import.error.duplicateRow");
        assertThat(run.errors().get(0).args()).containsExactly("2");
        assertThat(count(jdbc, "payment")).isZero();
    }

    @Test
    void crossFieldRulesRejectFileAndWriteNothing() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        ImportRun run = imports.run("""
                client,invoiceNumber,paidOn,amount
                ACME,0001,2024-02-10,60.00
                ACME,0001,2024-02-11,0
                ACME,0001,2024-02-12,-5.00
                ACME,0001,%s,10.00
                ACME,0002,2024-01-31,10.00
                """.formatted(tomorrow));

        assertThat(described(run)).containsExactlyInAnyOrder(
                "3 amount import.error.amountNotPositive",
                "4 amount import.error.amountNotPositive",
                "5 paidOn import.error.paymentInFuture",
                "6 paidOn import.error.paymentBeforeIssue");
        ImportError beforeIssue = run.errors().stream()
                .filter(error -> error.code().equals("import.error.paymentBeforeIssue")).findFirst().orElseThrow();
        assertThat(beforeIssue.args()).containsExactly("2024-02-01");
        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(count(jdbc, "payment")).isZero();
    }

    @Test
    void unknownClientIsReported() {
        ImportRun run = imports.run("""
                client,invoiceNumber,paidOn,amount
                Initech,0001,2024-02-10,60.00
                """);

        assertThat(described(run)).containsExactly("2 client import.error.clientUnknown");
        assertThat(count(jdbc, "client")).isEqualTo(1);
    }

    @Test
    void createdClientHasNoInvoiceToPay() {
        ImportRun run = imports.runCreatingClients("""
                client,invoiceNumber,paidOn,amount
                Initech,0001,2024-02-10,60.00
                """);

        assertThat(described(run)).containsExactly("2 invoiceNumber import.error.invoiceUnknown");
        assertThat(run.counts().clientsCreated()).isEqualTo(1);
        assertThat(count(jdbc, "client")).isEqualTo(1);
    }

    @Test
    void checkCountsWithoutWriting() {
        ImportRun run = new ImportTester(context).check("p.csv", ImportFixtures.utf8(FILE),
                imports.mapping(FILE, null), null, Locale.ENGLISH);

        assertThat(run.status()).isEqualTo(RunStatus.CHECKED);
        assertThat(run.counts().created()).isEqualTo(3);
        assertThat(count(jdbc, "payment")).isZero();
    }
}
