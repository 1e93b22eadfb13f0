package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.importing.file.Encoding;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/**
 * Imports the CSV files that Excel saves in Spanish and English settings with nothing but the
 * guessed mapping, as a user who uploads them and accepts every guess. The same files are under
 * src/test/resources/imports for uploading by hand.
 */
@IntegrationTest
class SpreadsheetFileImportTest {

    /** Excel in Spanish settings: Windows-1252 bytes, semicolons, decimal commas, day-first dates, CR LF. */
    static final String SPANISH = """
            Cliente;Nº factura;Fecha;Vencimiento;Importe;Fecha de cobro\r
            Panadería Núñez;F-2024-001;05/01/2024;04/02/2024;1.355,90;\r
            Ferretería Peñalver;F-2024-002;15/01/2024;14/02/2024;240,00;20/02/2024\r
            Panadería Núñez;F-2024-003;31/01/2024;01/03/2024;12.480,00;\r
            Clínica Dental Ibáñez;F-2024-004;02/02/2024;03/03/2024;-75,50;\r
            Óptica Albéniz;F-2024-005;13/02/2024;14/03/2024;980,25;\r
            """;

    /** Excel in US settings saving "CSV UTF-8": byte-order mark, commas, quoted thousands, month-first dates. */
    static final String ENGLISH = """
            \uFEFFCustomer,Invoice No,Invoice Date,Due Date,Amount,Paid Date\r
            Brightwater Café,INV-1001,1/5/2024,2/4/2024,"1,355.90",2/10/2024\r
            Zoë's Florist,INV-1002,1/17/2024,2/16/2024,240.00,\r
            Brightwater Café,INV-1003,1/31/2024,3/1/2024,"12,480.00",\r
            Kilnworth Pottery,INV-1004,2/2/2024,3/3/2024,-75.50,\r
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void spanishFileMatchesItsText() {
        assertThat(resource("facturas-excel-es.csv")).isEqualTo(SPANISH.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void englishFileMatchesItsText() {
        assertThat(resource("invoices-excel-en.csv")).isEqualTo(ENGLISH.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void spanishExcelImportsOnFirstTry() {
        ImportRun run = new ImportTester(context).importGuessed(ImportKind.INVOICES, "facturas-excel-es.csv",
                SPANISH.getBytes(Charset.forName("windows-1252")));

        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(run.mapping().encoding()).isEqualTo(Encoding.WINDOWS_1252);
        assertThat(run.mapping().dateFormat()).isEqualTo("d/M/yyyy");
        assertThat(run.mapping().decimalSeparator()).isEqualTo(',');
        assertThat(run.counts().created()).isEqualTo(5);
        assertThat(jdbc.queryForList("select name from client order by id", String.class)).containsExactly(
                "Panadería Núñez", "Ferretería Peñalver", "Clínica Dental Ibáñez", "Óptica Albéniz");
        assertThat(invoices()).containsExactly(
                "Panadería Núñez F-2024-001 2024-01-05 2024-02-04 1355.90",
                "Ferretería Peñalver F-2024-002 2024-01-15 2024-02-14 240.00",
                "Panadería Núñez F-2024-003 2024-01-31 2024-03-01 12480.00",
                "Clínica Dental Ibáñez F-2024-004 2024-02-02 2024-03-03 -75.50",
                "Óptica Albéniz F-2024-005 2024-02-13 2024-03-14 980.25");
        assertThat(payments()).containsExactly("F-2024-002 2024-02-20 240.00");
    }

    @Test
    void englishExcelImportsOnFirstTry() {
        ImportRun run = new ImportTester(context).importGuessed(ImportKind.INVOICES, "invoices-excel-en.csv",
                ENGLISH.getBytes(StandardCharsets.UTF_8));

        assertThat(run.errors()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        assertThat(run.mapping().encoding()).isEqualTo(Encoding.UTF_8);
        assertThat(run.mapping().dateFormat()).isEqualTo("M/d/yyyy");
        assertThat(run.mapping().decimalSeparator()).isEqualTo('.');
        assertThat(run.counts().created()).isEqualTo(4);
        assertThat(jdbc.queryForList("select name from client order by id", String.class))
                .containsExactly("Brightwater Café", "Zoë's Florist", "Kilnworth Pottery");
        assertThat(invoices()).containsExactly(
                "Brightwater Café INV-1001 2024-01-05 2024-02-04 1355.90",
                "Zoë's Florist INV-1002 2024-01-17 2024-02-16 240.00",
                "Brightwater Café INV-1003 2024-01-31 2024-03-01 12480.00",
                "Kilnworth Pottery INV-1004 2024-02-02 2024-03-03 -75.50");
        assertThat(payments()).containsExactly("INV-1001 2024-02-10 1355.90");
    }

    private List<String> invoices() {
        return jdbc.queryForList("""
                select c.name || ' ' || i.number || ' ' || i.issue_date || ' ' || i.due_date || ' ' || i.amount
                from invoice i join client c on c.id = i.client_id order by i.number""", String.class);
    }

    private List<String> payments() {
        return jdbc.queryForList("""
                select i.number || ' ' || p.paid_on || ' ' || p.amount
                from payment p join invoice i on i.id = p.invoice_id order by i.number""", String.class);
    }

    private static byte[] resource(String file) {
        try (InputStream in = SpreadsheetFileImportTest.class.getResourceAsStream("/imports/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file /imports/" + file);
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
