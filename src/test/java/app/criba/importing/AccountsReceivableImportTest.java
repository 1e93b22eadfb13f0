package app.criba.importing;

import static app.criba.importing.ImportFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
import app.criba.client.ContractType;
import app.criba.invoice.InvoiceLedger;
import app.criba.invoice.InvoiceLine;
import app.criba.portfolio.PortfolioRow;
import app.criba.portfolio.PortfolioService;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/**
 * Imports the real accounts-receivable sample (2,466 invoices of 100 customers, published by IBM)
 * with a mapping the user chose, value tables included, and checks Criba's days late against
 * the file's own DaysLate column. Runs only when the file is present beside the project.
 */
@IntegrationTest
class AccountsReceivableImportTest {

    private static final Path FILE = Path.of("../shared/data/accounts-receivable.csv");
    private static final LocalDate AS_OF = LocalDate.of(2014, 1, 31);
    private static final int INVOICES = 2466;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    InvoiceLedger ledger;

    @Autowired
    PortfolioService portfolio;

    AppUser owner;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder);
    }

    @Test
    void importsEveryInvoiceWithFileDaysLate() throws IOException {
        byte[] content = sample();

        long started = System.nanoTime();
        ImportRun run = importWithUserMapping(content);
        System.out.printf("Imported the accounts-receivable sample in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(run.rowsRead()).isEqualTo(INVOICES);
        assertThat(run.counts().clientsCreated()).isEqualTo(100);
        assertThat(run.counts().created()).isEqualTo(INVOICES);
        assertThat(run.counts().extra()).containsEntry("payments", INVOICES).containsEntry("disputes", 561);
        assertThat(run.mapping().valueTable(Fields.DISPUTED)).containsEntry("yes", "true").containsEntry("no", "false");
        assertThat(run.mapping().valueTable(Fields.BILLING_METHOD)).containsEntry("paper", "PAPER")
                .containsEntry("electronic", "ELECTRONIC");

        assertThat(count(jdbc, "client")).isEqualTo(100);
        assertThat(count(jdbc, "invoice")).isEqualTo(INVOICES);
        assertThat(count(jdbc, "payment_dispute")).isEqualTo(561);
        assertThat(countWhere("payment_dispute where status = 'RESOLVED_PAID'")).isEqualTo(561);
        assertThat(countWhere("invoice where billing_method = 'ELECTRONIC'")).isEqualTo(1203);
        assertThat(countWhere("invoice where billing_method = 'PAPER'")).isEqualTo(1263);
        assertThat(countWhere("invoice where number ~ '^0'")).isPositive();
        assertThat(countWhere("client where contract_type = 'MANAGED'")).isEqualTo(100);

        Map<String, Long> expected = daysLateFromFile(content);
        Map<String, Long> actual = new HashMap<>();
        List<Map<String, Object>> clients = jdbc.queryForList("select id, external_ref from client");
        for (Map<String, Object> client : clients) {
            for (InvoiceLine line : ledger.forClient((Long) client.get("id"), AS_OF)) {
                actual.put(client.get("external_ref") + "/" + line.number(), line.daysLate());
            }
        }
        assertThat(actual).hasSize(INVOICES);
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);

        List<PortfolioRow> ranked = portfolio.rank(AS_OF);
        assertThat(ranked).hasSize(100);
        assertThat(ranked).allSatisfy(row -> assertThat(row.grade()).isNotNull());
    }

    @Test
    void secondImportOfSampleChangesNothing() throws IOException {
        byte[] content = sample();
        importWithUserMapping(content);

        ImportRun second = new ImportTester(context).importGuessed(ImportKind.INVOICES, "accounts-receivable.csv",
                content);

        assertThat(second.errors()).isEmpty();
        assertThat(second.mapping().dateFormat()).isEqualTo("M/d/yyyy");
        assertThat(second.counts().clientsCreated()).isZero();
        assertThat(second.counts().created()).isZero();
        assertThat(second.counts().updated()).isZero();
        assertThat(second.counts().skipped()).isEqualTo(INVOICES);
        assertThat(second.counts().changedNothing()).isTrue();
    }

    private static byte[] sample() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "the accounts-receivable sample is not beside the project");
        return Files.readAllBytes(FILE);
    }

    /** Imports with the columns, date format and value tables named by the user, as the mapping step sends them. */
    private ImportRun importWithUserMapping(byte[] content) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(Fields.CLIENT, "customerID");
        columns.put(Fields.NUMBER, "invoiceNumber");
        columns.put(Fields.ISSUE_DATE, "InvoiceDate");
        columns.put(Fields.DUE_DATE, "DueDate");
        columns.put(Fields.AMOUNT, "InvoiceAmount");
        columns.put(Fields.SETTLED_DATE, "SettledDate");
        columns.put(Fields.DISPUTED, "Disputed");
        columns.put(Fields.BILLING_METHOD, "PaperlessBill");
        Map<String, Map<String, String>> values = Map.of(
                Fields.DISPUTED, Map.of("Yes", "true", "No", "false"),
                Fields.BILLING_METHOD, Map.of("Paper", "PAPER", "Electronic", "ELECTRONIC"));
        ImportMapping mapping = new ImportMapping(ImportKind.INVOICES, null, null, null, columns, values, "M/d/yyyy",
                '.', ContractType.MANAGED, null, null, null, null, null, null);
        return new ImportTester(context).importFile("accounts-receivable.csv", content, mapping, owner.getId(),
                Locale.ENGLISH);
    }

    /** Reads customerID, invoiceNumber and DaysLate with a plain split: the sample has no quoted values. */
    private static Map<String, Long> daysLateFromFile(byte[] content) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.get(0).strip().split(","));
        int customer = header.indexOf("customerID");
        int number = header.indexOf("invoiceNumber");
        int daysLate = header.indexOf("DaysLate");
        Map<String, Long> expected = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] values = line.strip().split(",");
            expected.put(values[customer] + "/" + values[number], Long.parseLong(values[daysLate]));
        }
        assertThat(expected).hasSize(INVOICES);
        return expected;
    }

    private int countWhere(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    }
}
