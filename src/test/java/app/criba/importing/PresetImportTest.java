package app.criba.importing;

import static app.criba.importing.ImportFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import app.criba.importing.file.CsvFile;
import app.criba.importing.file.FormatDetector;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/**
 * Imports a small export of each tool that has a built-in preset, written with that tool's
 * column layout, starting from the preset's mapping as a user who picks the preset does.
 */
@IntegrationTest
class PresetImportTest {

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

    @Test
    void quickBooksOnlineInvoiceList() {
        ImportRun run = importPreset(ImportPreset.QUICKBOOKS_ONLINE_INVOICES, "quickbooks-online-invoices.csv");

        assertImported(run, 6, 6);
        assertThat(run.counts().createdClientNames())
                .containsExactly("Harbor Point Dental", "Ridgeline Architects", "Copperleaf Bakery");
        assertThat(invoices()).containsExactly(
                "Copperleaf Bakery 1046 2024-02-22 2024-03-23 310.00",
                "Harbor Point Dental 1041 2024-01-05 2024-02-04 1250.00",
                "Harbor Point Dental 1043 2024-01-18 2024-02-17 2415.50",
                "Harbor Point Dental 1044 2024-02-05 2024-03-06 1250.00",
                "Ridgeline Architects 1042 2024-01-05 2024-02-04 980.00",
                "Ridgeline Architects 1045 2024-02-05 2024-03-06 980.00");
        assertSecondImportChangesNothing(ImportPreset.QUICKBOOKS_ONLINE_INVOICES, "quickbooks-online-invoices.csv");
    }

    @Test
    void quickBooksSalesByCustomerDetail() {
        ImportRun run = importPreset(ImportPreset.QUICKBOOKS_SALES_BY_CUSTOMER_DETAIL,
                "quickbooks-sales-by-customer-detail.csv");

        assertImported(run, 9, 7);
        assertThat(run.counts().createdClientNames())
                .containsExactly("Harbor Point Dental", "Total Care Physiotherapy", "Copperleaf Bakery");
        // Lines with the same Num add up, the due date is 30 days after the issue date, and a
        // customer whose name starts with "Total" keeps its rows.
        assertThat(invoices()).containsExactly(
                "Copperleaf Bakery 1046 2024-02-22 2024-03-23 310.00",
                "Harbor Point Dental 1041 2024-01-05 2024-02-04 1250.00",
                "Harbor Point Dental 1043 2024-01-18 2024-02-17 2415.50",
                "Harbor Point Dental 1044 2024-02-05 2024-03-06 1250.00",
                "Total Care Physiotherapy 1042 2024-01-05 2024-02-04 980.00",
                "Total Care Physiotherapy 1047 2024-01-26 2024-02-25 -150.00",
                "Total Care Physiotherapy 1048 2024-02-13 2024-03-14 376.00");
        assertThat(jdbc.queryForObject("select sum(amount) from invoice", BigDecimal.class))
                .isEqualByComparingTo("6431.50");
        assertSecondImportChangesNothing(ImportPreset.QUICKBOOKS_SALES_BY_CUSTOMER_DETAIL,
                "quickbooks-sales-by-customer-detail.csv");
    }

    @Test
    void blankFirstColumnNamedByPosition() {
        ImportMapping completed = new ImportTester(context).completed(
                resource("quickbooks-sales-by-customer-detail.csv"),
                ImportPreset.QUICKBOOKS_SALES_BY_CUSTOMER_DETAIL.mapping());

        assertThat(completed.column(Fields.CLIENT)).isEqualTo("#1");
        assertThat(completed.carryDownColumn()).isEqualTo("#1");
        assertThat(completed.headerLine()).isEqualTo(5);
        assertThat(completed.dateFormat()).isEqualTo("M/d/yyyy");
    }

    @Test
    void xeroInvoiceLines() {
        ImportRun run = importPreset(ImportPreset.XERO_INVOICES, "xero-invoices.csv");

        assertImported(run, 6, 4);
        assertThat(invoices()).containsExactly(
                "Fernhill Veterinary INV-0101 2024-01-08 2024-01-22 1002.00",
                "Fernhill Veterinary INV-0103 2024-01-22 2024-02-05 1815.00",
                "Oakridge Legal LLP INV-0102 2024-01-15 2024-01-29 1450.00",
                "Saltmarsh Brewing Co INV-0104 2024-01-31 2024-02-14 240.00");
        assertSecondImportChangesNothing(ImportPreset.XERO_INVOICES, "xero-invoices.csv");
    }

    @Test
    void invoiceNinjaInvoices() {
        ImportRun run = importPreset(ImportPreset.INVOICE_NINJA_INVOICES, "invoice-ninja-invoices.csv");

        assertImported(run, 5, 5);
        assertThat(invoices()).containsExactly(
                "Greyfriars Academy Trust 0045 2024-02-12 2024-03-13 3120.00",
                "Lindqvist Café AB 0041 2024-01-03 2024-01-17 1250.00",
                "Lindqvist Café AB 0043 2024-01-22 2024-02-05 415.75",
                "Pemberton Surveyors 0042 2024-01-03 2024-01-17 860.00",
                "Pemberton Surveyors 0044 2024-02-01 2024-02-15 860.00");
        assertSecondImportChangesNothing(ImportPreset.INVOICE_NINJA_INVOICES, "invoice-ninja-invoices.csv");
    }

    @Test
    void invoiceNinjaPayments() {
        importPreset(ImportPreset.INVOICE_NINJA_INVOICES, "invoice-ninja-invoices.csv");

        ImportRun run = importPreset(ImportPreset.INVOICE_NINJA_PAYMENTS, "invoice-ninja-payments.csv");

        assertImported(run, 3, 3);
        assertThat(run.counts().clientsCreated()).isZero();
        assertThat(payments()).containsExactly(
                "0041 2024-01-15 1250.00", "0042 2024-01-19 860.00", "0043 2024-02-02 200.00");
        String before = payments().toString();
        ImportRun second = importPreset(ImportPreset.INVOICE_NINJA_PAYMENTS, "invoice-ninja-payments.csv");
        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(second.counts().skipped()).isEqualTo(3);
        assertThat(payments().toString()).isEqualTo(before);
    }

    @Test
    void invoiceNinjaPaymentsMapping() {
        ImportMapping completed = assertMappingComplete(ImportPreset.INVOICE_NINJA_PAYMENTS,
                "invoice-ninja-payments.csv");

        assertThat(completed.column(Fields.INVOICE_NUMBER)).isEqualTo("Invoice Number");
        assertThat(completed.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(completed.decimalSeparator()).isEqualTo('.');
    }

    @Test
    void freshBooksInvoiceLines() {
        ImportRun run = importPreset(ImportPreset.FRESHBOOKS_INVOICES, "freshbooks-invoices.csv");

        assertImported(run, 7, 4);
        assertThat(invoices()).containsExactly(
                "Birchwood Physio Clinic 0000032 2024-01-16 2024-02-15 474.60",
                "Birchwood Physio Clinic 0000033 2024-02-14 2024-03-15 502.96",
                "Maple Row Accounting 0000031 2024-01-08 2024-02-07 856.54",
                "Maple Row Accounting 0000034 2024-02-08 2024-03-09 870.10");
        assertThat(run.counts().extra()).containsEntry("payments", 2);
        assertThat(payments()).containsExactly("0000031 2024-01-20 856.54", "0000032 2024-02-01 474.60");
        assertSecondImportChangesNothing(ImportPreset.FRESHBOOKS_INVOICES, "freshbooks-invoices.csv");
    }

    @Test
    void zohoInvoiceLines() {
        ImportRun run = importPreset(ImportPreset.ZOHO_INVOICES, "zoho-invoices.csv");

        assertImported(run, 6, 3);
        assertThat(invoices()).containsExactly(
                "Harlow & Finch Realty INV-000022 2024-01-18 2024-02-02 540.00",
                "Vantage Optometry INV-000021 2024-01-10 2024-01-25 1180.00",
                "Vantage Optometry INV-000023 2024-02-10 2024-02-25 2655.00");
        assertSecondImportChangesNothing(ImportPreset.ZOHO_INVOICES, "zoho-invoices.csv");
    }

    @Test
    void zohoNineteenDigitIdsStayExact() {
        ImportMapping byIds = ImportPreset.ZOHO_INVOICES.mapping().withColumns(Map.of(
                Fields.CLIENT, "Customer ID", Fields.NUMBER, "Invoice ID", Fields.ISSUE_DATE, "Invoice Date",
                Fields.DUE_DATE, "Due Date", Fields.AMOUNT, "Item Total"));

        ImportRun run = new ImportTester(context).importFile("zoho-invoices.csv", resource("zoho-invoices.csv"),
                byIds, owner.getId(), Locale.ENGLISH);

        assertThat(run.errors()).isEmpty();
        assertThat(jdbc.queryForList("select number from invoice order by number", String.class))
                .containsExactly("2270743000000093019", "2270743000000093107", "2270743000000094433");
        assertThat(clients.findByExternalRef("2270743000000071003")).isPresent();
        assertThat(jdbc.queryForList("select external_ref from client order by external_ref", String.class))
                .containsExactly("2270743000000071003", "2270743000000071121");
    }

    @Test
    void syncroCustomers() {
        ImportRun run = importPreset(ImportPreset.SYNCRO_CUSTOMERS, "syncro-customers.csv");

        assertImported(run, 5, 5);
        Client munoz = clients.findByExternalRef("31877204").orElseThrow();
        assertThat(munoz.getName()).isEqualTo("Clínica Dental Muñoz");
        assertThat(munoz.getContactName()).isEqualTo("Lucía");
        assertThat(munoz.getContactEmail()).isEqualTo("lucia@clinicamunoz.example");
        assertThat(munoz.getNotes()).isEqualTo("Prefers calls before 10 am");
        assertThat(jdbc.queryForList("select external_ref || ' ' || name from client order by external_ref",
                String.class)).containsExactly(
                        "31877204 Clínica Dental Muñoz",
                        "31877251 Blue Heron Marina",
                        "31877302 Sandpiper Title Agency",
                        "31877355 Everglade Pediatrics",
                        "31877398 Gulfstream Freight LLC");
        assertSecondImportChangesNothing(ImportPreset.SYNCRO_CUSTOMERS, "syncro-customers.csv");
    }

    @Test
    void togglTimeEntries() {
        clients.save(new Client("Harbor Point Dental", ContractType.MANAGED));
        clients.save(new Client("Copperleaf Bakery", ContractType.BREAK_FIX));

        ImportRun run = importPreset(ImportPreset.TOGGL_TRACK_TIME_ENTRIES, "toggl-track-detailed.csv");

        assertImported(run, 5, 5);
        assertThat(timeEntries()).containsExactly(
                "Harbor Point Dental 2024-03-12 90 Ana Ruiz false Patch Tuesday rollout",
                "Harbor Point Dental 2024-03-12 45 Ana Ruiz true Firewall rule review",
                "Copperleaf Bakery 2024-03-13 25 Ben Okafor true Point-of-sale printer offline",
                "Harbor Point Dental 2024-03-14 135 Ben Okafor false Backup restore test",
                "Copperleaf Bakery 2024-03-15 90 Ana Ruiz true Router replaced, config restored");
        assertThat(jdbc.queryForList("select after_hours from time_entry order by worked_on, minutes", Boolean.class))
                .as("the 07:40 and evening entries are after hours")
                .containsExactly(false, false, true, false, true);
        List<String> before = timeEntries();
        ImportRun second = importPreset(ImportPreset.TOGGL_TRACK_TIME_ENTRIES, "toggl-track-detailed.csv");
        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(second.counts().skipped()).isEqualTo(5);
        assertThat(timeEntries()).isEqualTo(before);
    }

    @Test
    void togglMappingLeavesTimeColumnsOpen() {
        ImportMapping completed = assertMappingComplete(ImportPreset.TOGGL_TRACK_TIME_ENTRIES,
                "toggl-track-detailed.csv");

        // The "Start time" and "End time" columns hold times without dates, so the guess leaves
        // the start and end fields open rather than failing on the date format.
        assertThat(completed.column(Fields.START)).isNull();
        assertThat(completed.column(Fields.END)).isNull();
        assertThat(completed.column(Fields.WORKED_ON)).isEqualTo("Start date");
        assertThat(completed.column(Fields.START_TIME)).isEqualTo("Start time");
        assertThat(completed.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(completed.valueTable(Fields.BILLABLE)).containsEntry("yes", "true").containsEntry("no", "false");
    }

    @Test
    void everyPresetHasItsSampleFile() {
        Map<ImportPreset, String> files = Map.of(
                ImportPreset.QUICKBOOKS_ONLINE_INVOICES, "quickbooks-online-invoices.csv",
                ImportPreset.QUICKBOOKS_SALES_BY_CUSTOMER_DETAIL, "quickbooks-sales-by-customer-detail.csv",
                ImportPreset.XERO_INVOICES, "xero-invoices.csv",
                ImportPreset.INVOICE_NINJA_INVOICES, "invoice-ninja-invoices.csv",
                ImportPreset.INVOICE_NINJA_PAYMENTS, "invoice-ninja-payments.csv",
                ImportPreset.FRESHBOOKS_INVOICES, "freshbooks-invoices.csv",
                ImportPreset.ZOHO_INVOICES, "zoho-invoices.csv",
                ImportPreset.SYNCRO_CUSTOMERS, "syncro-customers.csv",
                ImportPreset.TOGGL_TRACK_TIME_ENTRIES, "toggl-track-detailed.csv");

        assertThat(files.keySet()).containsExactlyInAnyOrder(ImportPreset.values());
        files.forEach((preset, file) -> assertMappingComplete(preset, file));
    }

    private ImportRun importPreset(ImportPreset preset, String file) {
        return new ImportTester(context).importFile(file, resource(file), preset.mapping(), owner.getId(),
                Locale.ENGLISH);
    }

    private static void assertImported(ImportRun run, int rows, int created) {
        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(run.rowsRead()).isEqualTo(rows);
        assertThat(run.counts().created()).isEqualTo(created);
    }

    private void assertSecondImportChangesNothing(ImportPreset preset, String file) {
        String before = snapshot();

        ImportRun second = importPreset(preset, file);

        assertThat(second.errors()).isEmpty();
        assertThat(second.counts().changedNothing()).isTrue();
        assertThat(second.counts().skipped()).isEqualTo(count(jdbc,
                preset.kind() == ImportKind.CLIENTS ? "client" : "invoice"));
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Completes the preset with the guesses from the file, and checks that nothing keeps it from reading the file. */
    private ImportMapping assertMappingComplete(ImportPreset preset, String file) {
        byte[] content = resource(file);
        ImportMapping completed = new ImportTester(context).completed(content, preset.mapping());

        for (ImportField field : preset.kind().fields()) {
            if (field.required()) {
                assertThat(completed.isMapped(field.key())).as("%s maps %s", preset, field.key()).isTrue();
            }
        }
        preset.mapping().columns().forEach((field, column) -> assertThat(completed.column(field))
                .as("%s keeps its column for %s", preset, field).isEqualTo(column));
        assertThat(MappingCheck.problems(completed, headers(content))).as("%s mapping problems", preset).isEmpty();
        return completed;
    }

    private static List<String> headers(byte[] content) {
        try {
            Path file = Files.createTempFile("preset", ".csv");
            try {
                Files.write(file, content);
                try (CsvFile csv = CsvFile.open(file, FormatDetector.detect(file))) {
                    return csv.headers();
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private List<String> invoices() {
        return jdbc.queryForList("""
                select c.name || ' ' || i.number || ' ' || i.issue_date || ' ' || i.due_date || ' ' || i.amount
                from invoice i join client c on c.id = i.client_id order by c.name, i.number""", String.class);
    }

    private List<String> payments() {
        return jdbc.queryForList("""
                select i.number || ' ' || p.paid_on || ' ' || p.amount
                from payment p join invoice i on i.id = p.invoice_id order by i.number, p.paid_on""", String.class);
    }

    private List<String> timeEntries() {
        return jdbc.queryForList("""
                select c.name || ' ' || t.worked_on || ' ' || t.minutes || ' ' || t.technician || ' '
                       || t.billable || ' ' || t.note
                from time_entry t join client c on c.id = t.client_id order by t.worked_on, t.id""", String.class);
    }

    private String snapshot() {
        return jdbc.queryForList("""
                select c.id, c.name, c.external_ref, c.contact_name, c.contact_email, c.notes, c.version,
                       i.number, i.issue_date, i.due_date, i.amount, i.version as invoice_version,
                       (select string_agg(p.paid_on || ':' || p.amount, ',' order by p.id)
                        from payment p where p.invoice_id = i.id) as payments
                from client c left join invoice i on i.client_id = c.id order by c.id, i.number""").toString();
    }

    static byte[] resource(String file) {
        try (InputStream in = PresetImportTest.class.getResourceAsStream("/imports/presets/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file /imports/presets/" + file);
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
