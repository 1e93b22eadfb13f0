package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MappingGuessTest {

    @Test
    void recognisesReceivablesExportHeaders() {
        Map<ImportField, String> columns = MappingGuess.guessColumns(List.of("countryCode", "customerID",
                "PaperlessDate", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "Disputed",
                "SettledDate", "PaperlessBill", "DaysToSettle", "DaysLate"));

        assertThat(columns).containsExactlyInAnyOrderEntriesOf(Map.of(
                ImportField.CLIENT, "customerID",
                ImportField.NUMBER, "invoiceNumber",
                ImportField.ISSUE_DATE, "InvoiceDate",
                ImportField.DUE_DATE, "DueDate",
                ImportField.AMOUNT, "InvoiceAmount",
                ImportField.SETTLED_DATE, "SettledDate",
                ImportField.DISPUTED, "Disputed",
                ImportField.BILLING_METHOD, "PaperlessBill"));
    }

    @Test
    void recognisesSpanishHeaders() {
        Map<ImportField, String> columns = MappingGuess.guessColumns(List.of("Cliente", "Número de factura",
                "Fecha", "Vencimiento", "Importe", "Fecha de cobro", "Disputada", "Envío", "Tipo"));

        assertThat(columns).containsEntry(ImportField.CLIENT, "Cliente")
                .containsEntry(ImportField.NUMBER, "Número de factura")
                .containsEntry(ImportField.ISSUE_DATE, "Fecha")
                .containsEntry(ImportField.DUE_DATE, "Vencimiento")
                .containsEntry(ImportField.AMOUNT, "Importe")
                .containsEntry(ImportField.SETTLED_DATE, "Fecha de cobro")
                .containsEntry(ImportField.DISPUTED, "Disputada")
                .containsEntry(ImportField.BILLING_METHOD, "Envío")
                .containsEntry(ImportField.KIND, "Tipo");
    }

    @Test
    void guessesDateFormatFromAllDateColumns() {
        CsvTable table = CsvReader.read("""
                cliente;factura;fecha;vencimiento;importe
                ACME;1;01/02/2024;13/02/2024;10,00
                """.getBytes(StandardCharsets.UTF_8), Delimiter.AUTO);

        ColumnMapping mapping = MappingGuess.guess(table, Delimiter.AUTO, null, null);

        assertThat(mapping.dateFormat()).isEqualTo("d/M/yyyy");
        assertThat(mapping.problems(table)).isEmpty();
    }

    @Test
    void reportsRequiredFieldsItCouldNotGuess() {
        CsvTable table = CsvReader.read("who,what\nACME,1\n".getBytes(StandardCharsets.UTF_8), Delimiter.AUTO);

        ColumnMapping mapping = MappingGuess.guess(table, Delimiter.AUTO, null, null);

        assertThat(mapping.problems(table)).extracting(ImportError::code).containsOnly("import.mapping.missing",
                "import.mapping.dateFormatMissing");
    }
}
