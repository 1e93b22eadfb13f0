package app.criba.importing;

import static app.criba.support.TestUsers.OWNER_EMAIL;
import static app.criba.support.TestUsers.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.account.Users;
import app.criba.invoice.InvoiceLedger;
import app.criba.invoice.InvoiceLine;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/**
 * Imports the real accounts-receivable sample (2,466 invoices of 100 customers, published by IBM)
 * through the API and checks Criba's days late against the file's own DaysLate column. Runs
 * only when the file is present beside the project.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccountsReceivableImportTest {

    private static final Path FILE = Path.of("../shared/data/accounts-receivable.csv");
    private static final LocalDate AS_OF = LocalDate.of(2014, 1, 31);
    private static final String MAPPING = """
            {"columns": {"client": "customerID", "number": "invoiceNumber", "issueDate": "InvoiceDate",
                         "dueDate": "DueDate", "amount": "InvoiceAmount", "settledDate": "SettledDate",
                         "disputed": "Disputed", "billingMethod": "PaperlessBill", "kind": null},
             "dateFormat": "M/d/yyyy", "delimiter": "comma", "contractType": "MANAGED"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    InvoiceLedger ledger;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    @Test
    void importsEveryInvoiceWithFileDaysLate() throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "the accounts-receivable sample is not beside the project");
        byte[] content = Files.readAllBytes(FILE);

        long started = System.nanoTime();
        mvc.perform(multipart("/api/v1/imports/invoices")
                        .file(new MockMultipartFile("file", "accounts-receivable.csv", "text/csv", content))
                        .param("mapping", MAPPING)
                        .with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2466))
                .andExpect(jsonPath("$.clientsCreated").value(100))
                .andExpect(jsonPath("$.invoicesCreated").value(2466))
                .andExpect(jsonPath("$.paymentsCreated").value(2466))
                .andExpect(jsonPath("$.disputesCreated").value(561));
        System.out.printf("Imported the accounts-receivable sample through the API in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(count("select count(*) from client")).isEqualTo(100);
        assertThat(count("select count(*) from invoice")).isEqualTo(2466);
        assertThat(count("select count(*) from payment_dispute")).isEqualTo(561);
        assertThat(count("select count(*) from payment_dispute where status = 'RESOLVED_PAID'")).isEqualTo(561);
        assertThat(count("select count(*) from invoice where billing_method = 'ELECTRONIC'")).isEqualTo(1203);
        assertThat(count("select count(*) from invoice where billing_method = 'PAPER'")).isEqualTo(1263);
        assertThat(count("select count(*) from invoice where number ~ '^0'")).isPositive();

        Map<String, Long> expected = daysLateFromFile(content);
        Map<String, Long> actual = new HashMap<>();
        List<Map<String, Object>> clients = jdbc.queryForList("select id, external_ref from client");
        for (Map<String, Object> client : clients) {
            for (InvoiceLine line : ledger.forClient((Long) client.get("id"), AS_OF)) {
                actual.put(client.get("external_ref") + "/" + line.number(), line.daysLate());
            }
        }
        assertThat(actual).hasSize(2466);
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);

        mvc.perform(get("/api/v1/portfolio").param("asOf", AS_OF.toString())
                        .with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clients", hasSize(100)))
                .andExpect(jsonPath("$.clients[*].grade", everyItem(in(List.of("A", "B", "C", "D")))));
    }

    @Test
    void secondImportOfSampleChangesNothing() throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "the accounts-receivable sample is not beside the project");
        MockMultipartFile file = new MockMultipartFile("file", "accounts-receivable.csv", "text/csv",
                Files.readAllBytes(FILE));
        mvc.perform(multipart("/api/v1/imports/invoices").file(file).param("mapping", MAPPING)
                .with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))).andExpect(status().isOk());

        mvc.perform(multipart("/api/v1/imports/invoices").file(file).with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping.dateFormat").value("M/d/yyyy"))
                .andExpect(jsonPath("$.clientsCreated").value(0))
                .andExpect(jsonPath("$.invoicesCreated").value(0))
                .andExpect(jsonPath("$.invoicesUpdated").value(0))
                .andExpect(jsonPath("$.invoicesSkipped").value(2466))
                .andExpect(jsonPath("$.paymentsCreated").value(0))
                .andExpect(jsonPath("$.disputesCreated").value(0));
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
        assertThat(expected).hasSize(2466);
        return expected;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
