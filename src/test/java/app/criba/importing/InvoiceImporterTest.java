package app.criba.importing;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.BillingMethod;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
class InvoiceImporterTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    AppUser owner;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder);
    }

    private ImportRun importSpanish(String text) {
        ImportMapping start = new ImportMapping(ImportKind.INVOICES, null, null, null, Map.of(), Map.of(), null,
                null, ContractType.BREAK_FIX, BillingMethod.ELECTRONIC, null, null, null, null, null);
        return new ImportTester(context).importFile("facturas.csv", utf8(text), start, owner.getId(),
                Locale.forLanguageTag("es"));
    }

    private ImportRun importWith(String fileName, String text, ImportMapping mapping) {
        return new ImportTester(context).importFile(fileName, utf8(text), mapping, owner.getId(), Locale.ENGLISH);
    }

    @Test
    void createsClientsInvoicesPaymentsAndDisputes() {
        ImportRun run = importSpanish(SPANISH_FILE);

        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        ImportCounts summary = run.counts();
        assertThat(run.rowsRead()).isEqualTo(4);
        assertThat(summary.clientsCreated()).isEqualTo(2);
        assertThat(summary.createdClientNames()).containsExactly("ACME", "Globex");
        assertThat(summary.created()).isEqualTo(4);
        assertThat(summary.extra()).containsEntry("payments", 1).containsEntry("disputes", 2);

        Client acme = clients.findByExternalRef("ACME").orElseThrow();
        assertThat(acme.getName()).isEqualTo("ACME");
        assertThat(acme.getContractType()).isEqualTo(ContractType.BREAK_FIX);
        assertThat(jdbc.queryForList("select number from invoice where client_id = ? order by number", String.class,
                acme.getId())).containsExactly("0001", "0002");
        assertThat(jdbc.queryForObject("select amount from invoice where client_id = ? and number = '0001'",
                BigDecimal.class, acme.getId())).isEqualByComparingTo("1355.90");
        assertThat(jdbc.queryForList("select billing_method from invoice order by client_id, number", String.class))
                .containsExactly("PAPER", "ELECTRONIC", "ELECTRONIC", "DIRECT_DEBIT");
        assertThat(jdbc.queryForList("select kind from invoice", String.class)).containsOnly("OTHER");

        Map<String, Object> payment = jdbc.queryForMap("select paid_on, amount from payment");
        assertThat(payment.get("paid_on").toString()).isEqualTo("2024-02-10");
        assertThat((BigDecimal) payment.get("amount")).isEqualByComparingTo("1355.90");

        List<Map<String, Object>> disputes = jdbc.queryForList("""
                select i.number, d.status, d.opened_on, d.resolved_on, d.amount, d.reason, d.logged_by_id
                from payment_dispute d join invoice i on i.id = d.invoice_id order by d.amount desc""");
        assertThat(disputes).hasSize(2);
        assertThat(disputes.get(0).get("status")).isEqualTo("RESOLVED_PAID");
        assertThat(disputes.get(0).get("opened_on").toString()).isEqualTo("2024-01-05");
        assertThat(disputes.get(0).get("resolved_on").toString()).isEqualTo("2024-02-10");
        assertThat((String) disputes.get(0).get("reason")).contains("facturas.csv").contains("línea 2");
        assertThat(disputes.get(0).get("logged_by_id")).isEqualTo(owner.getId());
        assertThat(disputes.get(1).get("status")).isEqualTo("OPEN");
        assertThat(disputes.get(1).get("resolved_on")).isNull();
    }

    @Test
    void scoresEveryAffectedClient() {
        importSpanish(SPANISH_FILE);

        assertThat(jdbc.queryForList("select client_id from client_score", Long.class))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select id from client", Long.class));
    }

    @Test
    void secondImportOfSameFileChangesNothing() {
        importSpanish(SPANISH_FILE);
        String before = snapshot();
        List<String> scoredAt = jdbc.queryForList("select computed_at::text from client_score order by client_id",
                String.class);

        ImportCounts second = importSpanish(SPANISH_FILE).counts();

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.skipped()).isEqualTo(4);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForList("select computed_at::text from client_score order by client_id", String.class))
                .isEqualTo(scoredAt);
    }

    @Test
    void changedRowUpdatesInvoiceAndCountsIt() {
        importSpanish(SPANISH_FILE);

        ImportCounts second = importSpanish(SPANISH_FILE.replace("200,00", "210,00")).counts();

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.skipped()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select amount from invoice where number = '0002'", BigDecimal.class))
                .isEqualByComparingTo("210.00");
        assertThat(count(jdbc, "invoice")).isEqualTo(4);
    }

    @Test
    void laterSettlementAddsOnePayment() {
        importSpanish(SPANISH_FILE);

        ImportCounts second = importSpanish(SPANISH_FILE.replace("200,00;;No", "200,00;20/03/2024;No")).counts();

        assertThat(second.extra()).containsEntry("payments", 1).doesNotContainKey("disputes");
        assertThat(count(jdbc, "payment")).isEqualTo(2);
    }

    @Test
    void matchesClientsByExternalReferenceThenByName() {
        Client byRef = new Client("Acme Corporation", ContractType.HYBRID);
        byRef.assignExternalRef("ACME");
        clients.save(byRef);
        clients.save(new Client("GLOBEX", ContractType.MANAGED));

        ImportCounts summary = importSpanish(SPANISH_FILE).counts();

        assertThat(summary.clientsCreated()).isZero();
        assertThat(count(jdbc, "client")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from invoice i join client c on c.id = i.client_id "
                + "where c.name = 'Acme Corporation'", Integer.class)).isEqualTo(2);
    }

    @Test
    void matchesClientNameDespiteNoBreakSpace() {
        clients.save(new Client("Globex", ContractType.MANAGED));

        ImportRun run = importSpanish(SPANISH_FILE.replace("Globex;", "Globex\u00a0;"));

        assertThat(run.counts().createdClientNames()).containsExactly("ACME");
        assertThat(count(jdbc, "client")).isEqualTo(2);
    }

    @Test
    void disputeReasonOmitsControlCharacters() {
        ImportRun run = importWith("factu\u001b[31mras\u0007.csv", SPANISH_FILE, spanishMapping());

        assertThat(run.errors()).isEmpty();
        assertThat(jdbc.queryForList("select reason from payment_dispute", String.class))
                .allSatisfy(reason -> assertThat(reason).contains("factu[31mras.csv").doesNotContain("\u001b"));
    }

    @Test
    void fileWithOneBadRowWritesNothing() {
        String bad = SPANISH_FILE.replace("05/02/2024;06/03/2024", "31/02/2024;06/03/2024");

        ImportRun run = importWith("f.csv", bad, spanishMapping());

        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(run.errors()).hasSize(1);
        ImportError error = run.errors().get(0);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("Fecha");
        assertThat(error.value()).isEqualTo("31/02/2024");
        assertThat(error.code()).isEqualTo("import.error.dateInvalid");
        assertThat(count(jdbc, "client")).isZero();
        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void rejectsControlCharactersInClientAndNumber() {
        String bad = SPANISH_FILE.replace("Globex;0001", "Glo\u001bbex;00\u00071");

        ImportRun run = importWith("f.csv", bad, spanishMapping());

        List<String> described = new ArrayList<>();
        run.errors().forEach(error -> described.add(error.line() + " " + error.column() + " " + error.code()));
        assertThat(described).containsExactlyInAnyOrder(
                "4 Cliente import.error.controlCharacter",
                "4 Número de factura import.error.controlCharacter");
        assertThat(count(jdbc, "client")).isZero();
    }

    @Test
    void reportsEveryBadRowWithItsProblems() {
        String bad = """
                Cliente;Número de factura;Fecha;Vencimiento;Importe;Fecha de cobro;Disputada;Envío
                ACME;0001;05/01/2024;04/02/2024;1.355,90;10/02/2024;Sí;Papel
                ;0002;05/02/2024;01/02/2024;12,34,56;;quizás;
                ACME;0001;15/01/2024;14/02/2024;10;01/01/2024;No;
                Globex;%s;15/01/1890;14/02/2024;1e309;;No;
                """.formatted("9".repeat(61));

        List<ImportError> errors = importWith("f.csv", bad, spanishMapping()).errors();

        List<String> described = new ArrayList<>();
        errors.forEach(error -> described.add(error.line() + " " + error.column() + " " + error.code()));
        assertThat(described).containsExactlyInAnyOrder(
                "3 Cliente import.error.required",
                "3 Vencimiento import.error.dueBeforeIssue",
                "3 Importe import.error.amountInvalid",
                "3 Disputada import.error.yesNoInvalid",
                "4 Fecha de cobro import.error.settledBeforeIssue",
                "4 Número de factura import.error.duplicateNumber",
                "5 Número de factura import.error.tooLong",
                "5 Fecha import.error.dateImplausible",
                "5 Importe import.error.amountInvalid");
        assertThat(count(jdbc, "invoice")).isZero();
    }

    @Test
    void rejectsMappingWithoutRequiredColumns() {
        ImportMapping mapping = new ImportMapping(ImportKind.INVOICES, null, null, null,
                Map.of("client", "Cliente"), Map.of(), "d/M/yyyy", ',', null, null, null, null, null, null, null);

        List<ImportError> errors = new ImportTester(context).importFile("f.csv", utf8(SPANISH_FILE.replace(
                "Número de factura;Fecha;Vencimiento;Importe", "N;F;V;I")), mapping, owner.getId(), Locale.ENGLISH)
                .errors();

        assertThat(errors).extracting(ImportError::code).containsOnly("import.mapping.missing").hasSize(3);
    }

    private static ImportMapping spanishMapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("client", "Cliente");
        columns.put("number", "Número de factura");
        columns.put("issueDate", "Fecha");
        columns.put("dueDate", "Vencimiento");
        columns.put("amount", "Importe");
        columns.put("settledDate", "Fecha de cobro");
        columns.put("disputed", "Disputada");
        columns.put("billingMethod", "Envío");
        return new ImportMapping(ImportKind.INVOICES, null, null, null, columns, Map.of(), "dd/MM/yyyy", ',', null,
                null, null, null, null, null, null);
    }

    private String snapshot() {
        return jdbc.queryForList("""
                select c.id, c.name, c.external_ref, c.version, i.number, i.issue_date, i.due_date, i.amount,
                       i.billing_method, i.kind, i.version as invoice_version,
                       (select string_agg(p.paid_on || ':' || p.amount, ',' order by p.id) from payment p where p.invoice_id = i.id) as payments,
                       (select string_agg(d.status || ':' || d.opened_on, ',' order by d.id) from payment_dispute d where d.invoice_id = i.id) as disputes
                from client c join invoice i on i.client_id = c.id order by c.id, i.number""").toString();
    }
}
