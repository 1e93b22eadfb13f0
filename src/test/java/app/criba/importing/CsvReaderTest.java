package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvTable read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), Delimiter.AUTO);
    }

    private static String errorCode(byte[] content) {
        try {
            CsvReader.read(content, Delimiter.AUTO);
            return null;
        } catch (CsvFileException problem) {
            return problem.toError().code();
        }
    }

    @Test
    void dropsByteOrderMarkFromFirstHeader() {
        CsvTable table = read("\uFEFFcliente,factura\nACME,0001\n");

        assertThat(table.headers()).containsExactly("cliente", "factura");
        assertThat(table.indexOf("cliente")).isZero();
    }

    @Test
    void detectsSemicolonFromHeaderLine() {
        CsvTable table = read("cliente;factura;importe\nACME;0001;1.355,90\n");

        assertThat(table.delimiter()).isEqualTo(Delimiter.SEMICOLON);
        assertThat(table.rows().get(0).values()).containsExactly("ACME", "0001", "1.355,90");
    }

    @Test
    void requestedDelimiterOverridesDetection() {
        CsvTable table = CsvReader.read("a;b,c;d\n1;2,3;4\n".getBytes(StandardCharsets.UTF_8), Delimiter.COMMA);

        assertThat(table.delimiter()).isEqualTo(Delimiter.COMMA);
        assertThat(table.headers()).containsExactly("a;b", "c;d");
    }

    @Test
    void keepsLeadingZerosOfValues() {
        CsvTable table = read("client,number\nACME,0000611365\n");

        assertThat(table.rows().get(0).value(1)).isEqualTo("0000611365");
    }

    @Test
    void readsQuotedMultiLineFieldAndCountsLinesFromItsStart() {
        CsvTable table = read("client,note\r\n\"ACME\",\"first\r\nsecond\"\r\n\r\nGLOBEX,plain\r\n");

        List<CsvTable.Row> rows = table.rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).value(1)).isEqualTo("first\r\nsecond");
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void skipsRowsWhoseValuesAreAllBlank() {
        CsvTable table = read("a,b\n1,2\n,\n  ,  \n3,4\n");

        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 5);
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(errorCode(new byte[0])).isEqualTo("import.file.empty");
        assertThat(errorCode("\uFEFF \n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.empty");
    }

    @Test
    void rejectsHeaderWithoutRows() {
        assertThat(errorCode("client,number\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.noRows");
    }

    @Test
    void rejectsBinaryAndNonUtf8Content() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        byte[] latin1 = "cliente,disputada\nACME,S\u00ed\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(errorCode(png)).isEqualTo("import.file.notText");
        assertThat(errorCode(latin1)).isEqualTo("import.file.notText");
    }

    @Test
    void rejectsTextWithOneColumn() {
        assertThat(errorCode("just some text\nmore text\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.oneColumn");
    }

    @Test
    void rejectsRepeatedColumnName() {
        assertThat(errorCode("Client,Number,client\na,b,c\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.duplicateColumn");
    }

    @Test
    void reportsLineOfUnclosedQuote() {
        assertThatThrownBy(() -> read("client,number\nACME,1\nGLOBEX,\"2\nINITECH,3\n"))
                .isInstanceOfSatisfying(CsvFileException.class, problem -> {
                    assertThat(problem.toError().code()).isEqualTo("import.file.malformed");
                    assertThat(problem.toError().line()).isEqualTo(3);
                });
    }

    @Test
    void keepsUnquotedDelimiterAsExtraValue() {
        CsvTable table = read("client,amount\nACME,12,34,56\n");

        assertThat(table.rows().get(0).values()).containsExactly("ACME", "12", "34", "56");
    }
}
