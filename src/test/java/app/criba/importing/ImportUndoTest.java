package app.criba.importing;

import static app.criba.importing.ImportFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.account.Users;
import app.criba.importing.ImportUndo.Blocker;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
class ImportUndoTest {

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

    @Autowired
    ImportRuns runs;

    long owner;
    long acme;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder).getId();
        acme = KeyedImports.createClient(jdbc, "ACME");
    }

    private RunStatus statusOf(ImportRun run) {
        return runs.find(run.id()).orElseThrow().status();
    }

    @Test
    void undoDeletesWhatTimeEntryImportCreated() {
        jdbc.update("""
                insert into time_entry (client_id, worked_on, minutes, technician)
                values (?, date '2024-03-01', 15, 'Ana')
                """, acme);
        ImportRun run = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner).runCreatingClients("""
                client,workedOn,duration,technician
                ACME,2024-03-04,30,Ana
                Initech,2024-03-04,45,Luis
                """);
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(count(jdbc, "time_entry")).isEqualTo(3);

        assertThat(undo.undo(run.id(), owner)).isEmpty();

        assertThat(jdbc.queryForList("select minutes from time_entry", Integer.class)).containsExactly(15);
        assertThat(jdbc.queryForList("select name from client", String.class)).containsExactly("ACME");
        assertThat(statusOf(run)).isEqualTo(RunStatus.UNDONE);
    }

    @Test
    void laterPaymentBlocksUndoOfInvoiceImport() {
        ImportRun invoices = new KeyedImports(context, ImportKind.INVOICES, owner).run("""
                client,number,issueDate,amount
                ACME,0001,2024-01-05,100.00
                ACME,0002,2024-02-05,100.00
                """);
        ImportRun payments = new KeyedImports(context, ImportKind.PAYMENTS, owner).run("""
                client,invoiceNumber,paidOn,amount
                ACME,0001,2024-02-01,100.00
                """);
        assertThat(payments.status()).isEqualTo(RunStatus.IMPORTED);

        assertThat(undo.blockers(runs.find(invoices.id()).orElseThrow()))
                .containsExactly(new Blocker("import.undo.invoicesWithOtherRecords", 1));
        assertThat(undo.undo(invoices.id(), owner))
                .containsExactly(new Blocker("import.undo.invoicesWithOtherRecords", 1));
        assertThat(count(jdbc, "invoice")).isEqualTo(2);
        assertThat(statusOf(invoices)).isEqualTo(RunStatus.IMPORTED);
    }

    @Test
    void undoingPaymentImportFreesInvoiceImport() {
        ImportRun invoices = new KeyedImports(context, ImportKind.INVOICES, owner).run("""
                client,number,issueDate,amount
                ACME,0001,2024-01-05,100.00
                """);
        ImportRun payments = new KeyedImports(context, ImportKind.PAYMENTS, owner).run("""
                client,invoiceNumber,paidOn,amount
                ACME,0001,2024-02-01,100.00
                """);

        assertThat(undo.undo(payments.id(), owner)).isEmpty();
        assertThat(count(jdbc, "payment")).isZero();
        assertThat(undo.undo(invoices.id(), owner)).isEmpty();
        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void laterChangeBlocksUndoOfTimeEntries() {
        KeyedImports imports = new KeyedImports(context, ImportKind.TIME_ENTRIES, owner);
        ImportRun first = imports.run("""
                externalId,client,workedOn,duration,technician
                T-1,ACME,2024-03-04,30,Ana
                """);
        ImportRun second = imports.run("""
                externalId,client,workedOn,duration,technician
                T-1,ACME,2024-03-04,45,Ana
                """);
        assertThat(second.counts().updated()).isEqualTo(1);

        assertThat(undo.undo(first.id(), owner))
                .containsExactly(new Blocker("import.undo.changedActivity", 1));
        assertThat(jdbc.queryForList("select minutes from time_entry", Integer.class)).containsExactly(45);
    }
}
