package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    private static final FileFormat COMMA_UTF_8 = new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 1);

    @TempDir
    Path folder;

    private Path write(String text, Charset charset) throws IOException {
        return Files.write(folder.resolve("file.csv"), text.getBytes(charset));
    }

    private Path write(String text) throws IOException {
        return write(text, StandardCharsets.UTF_8);
    }

    private static List<Row> readAll(Path file, FileFormat format) {
        List<Row> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, format)) {
            for (Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static CsvFileException failure(Path file, FileFormat format) {
        try {
            readAll(file, format);
        } catch (CsvFileException problem) {
            return problem;
        }
        throw new AssertionError("no CsvFileException for " + file);
    }

    @Test
    void dropsByteOrderMarkFromFirstHeader() throws IOException {
        Path file = write("\uFEFFcliente,factura\nACME,0001\n");

        try (CsvFile csv = CsvFile.open(file, COMMA_UTF_8)) {
            assertThat(csv.headers()).containsExactly("cliente", "factura");
            assertThat(csv.headerLine()).isEqualTo(1);
        }
    }

    @Test
    void readsUtf16WithByteOrderMarkAndTabs() throws IOException {
        byte[] text = "\uFEFFCliente\tImporte\r\nPeña\t1.355,90\r\n".getBytes(StandardCharsets.UTF_16LE);
        Path file = Files.write(folder.resolve("unicode.txt"), text);

        try (CsvFile csv = CsvFile.open(file, new FileFormat(Encoding.UTF_16LE, Delimiter.TAB, 1))) {
            assertThat(csv.headers()).containsExactly("Cliente", "Importe");
            assertThat(csv.next().values()).containsExactly("Peña", "1.355,90");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void readsWindows1252() throws IOException {
        Path file = write("cliente;importe\nPeña Álvarez;12 €\n", Charset.forName("windows-1252"));

        List<Row> rows = readAll(file, new FileFormat(Encoding.WINDOWS_1252, Delimiter.SEMICOLON, 1));

        assertThat(rows.get(0).values()).containsExactly("Peña Álvarez", "12 €");
    }

    @Test
    void readsSemicolonDelimiter() throws IOException {
        Path file = write("cliente;factura;importe\nACME;0001;1.355,90\n");

        List<Row> rows = readAll(file, new FileFormat(Encoding.UTF_8, Delimiter.SEMICOLON, 1));

        assertThat(rows.get(0).values()).containsExactly("ACME", "0001", "1.355,90");
    }

    @Test
    void givenDelimiterIsTheOnlySeparator() throws IOException {
        Path file = write("a;b,c;d\n1;2,3;4\n");

        try (CsvFile csv = CsvFile.open(file, COMMA_UTF_8)) {
            assertThat(csv.headers()).containsExactly("a;b", "c;d");
        }
    }

    @Test
    void keepsLeadingZerosOfValues() throws IOException {
        List<Row> rows = readAll(write("client,number\nACME,0000611365\n"), COMMA_UTF_8);

        assertThat(rows.get(0).value(1)).isEqualTo("0000611365");
    }

    @Test
    void readsQuotedMultiLineFieldAndCountsLinesFromItsStart() throws IOException {
        Path file = write("client,note\r\n\"ACME\",\"first\r\nsecond\"\r\n\r\nGLOBEX,plain\r\n");

        List<Row> rows = readAll(file, COMMA_UTF_8);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).value(1)).isEqualTo("first\r\nsecond");
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void countsLoneLineFeedsAndCarriageReturns() throws IOException {
        Path file = write("a,b\n\"x\ny\nz\",1\r2,3\n4,5");

        List<Row> rows = readAll(file, COMMA_UTF_8);

        assertThat(rows).extracting(Row::line).containsExactly(2, 5, 6);
        assertThat(rows.get(2).values()).containsExactly("4", "5");
    }

    @Test
    void skipsRowsWhoseValuesAreAllBlank() throws IOException {
        List<Row> rows = readAll(write("a,b\n1,2\n,\n  ,\u00A0\n3,4\n"), COMMA_UTF_8);

        assertThat(rows).extracting(Row::line).containsExactly(2, 5);
    }

    @Test
    void startsAtHeaderLineBelowTitleLines() throws IOException {
        Path file = write("ACME Corp\nSales by Customer Detail\n\"January 1 - March 31, 2024\"\n\n"
                + ",Type,Date,Num,Amount\nCustomer A\n,Invoice,01/02/2024,1001,100.00\n");

        try (CsvFile csv = CsvFile.open(file, new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 5))) {
            assertThat(csv.headers()).containsExactly("", "Type", "Date", "Num", "Amount");
            Row group = csv.next();
            assertThat(group.line()).isEqualTo(6);
            assertThat(group.values()).containsExactly("Customer A");
            Row invoice = csv.next();
            assertThat(invoice.line()).isEqualTo(7);
            assertThat(invoice.value(4)).isEqualTo("100.00");
        }
    }

    @Test
    void skipsTitleLinesWithStrayQuotesUnparsed() throws IOException {
        Path file = write("\"Report \"of\" 2024\nclient,number\nACME,1\n");

        List<Row> rows = readAll(file, new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 2));

        assertThat(rows).extracting(Row::line).containsExactly(3);
    }

    @Test
    void skipsBlankLinesAtHeaderLine() throws IOException {
        try (CsvFile csv = CsvFile.open(write("\n\nclient,number\nACME,1\n"), COMMA_UTF_8)) {
            assertThat(csv.headerLine()).isEqualTo(3);
            assertThat(csv.next().line()).isEqualTo(4);
        }
    }

    @Test
    void rejectsHeaderLineAfterEndOfFile() throws IOException {
        CsvFileException problem = failure(write("a,b\n1,2\n"), new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 9));

        assertThat(problem.code()).isEqualTo("import.file.headerLineMissing");
        assertThat(problem.args()).containsExactly(9);
    }

    @Test
    void rejectsHeaderWithoutRows() throws IOException {
        CsvFileException problem = failure(write("client,number\n\n,\n"), COMMA_UTF_8);

        assertThat(problem.code()).isEqualTo("import.file.noRows");
        assertThat(problem.line()).isNull();
    }

    @Test
    void rejectsHeaderWithOneNamedColumn() throws IOException {
        CsvFileException problem = failure(write("just some text\nmore text\n"), COMMA_UTF_8);

        assertThat(problem.code()).isEqualTo("import.file.oneColumn");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(failure(write(",client,\nx,y,z\n"), COMMA_UTF_8).code()).isEqualTo("import.file.oneColumn");
    }

    @Test
    void rejectsRepeatedColumnNameIgnoringCase() throws IOException {
        CsvFileException problem = failure(write("Title\nClient,Number, client \na,b,c\n"),
                new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 2));

        assertThat(problem.code()).isEqualTo("import.file.duplicateColumn");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.args()).containsExactly("client");
    }

    @Test
    void allowsSeveralBlankColumnNames() throws IOException {
        try (CsvFile csv = CsvFile.open(write(",a,,b,\n1,2,3,4,5\n"), COMMA_UTF_8)) {
            assertThat(csv.headers()).containsExactly("", "a", "", "b", "");
        }
    }

    @Test
    void reportsLineOfUnclosedQuote() throws IOException {
        Path file = write("client,number\nACME,1\nGLOBEX,\"2\nINITECH,3\n");

        try (CsvFile csv = CsvFile.open(file, COMMA_UTF_8)) {
            assertThat(csv.next().line()).isEqualTo(2);
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvFileException.class, problem -> {
                assertThat(problem.code()).isEqualTo("import.file.malformed");
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.args()).containsExactly(3);
            });
        }
    }

    @Test
    void reportsLineOfTextAfterClosingQuote() throws IOException {
        CsvFileException problem = failure(write("a,b\n1,2\n3,\"4\"x\n"), COMMA_UTF_8);

        assertThat(problem.code()).isEqualTo("import.file.malformed");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void reportsLineWithBytesInvalidInEncoding() throws IOException {
        byte[] start = "client,amount\nACME,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Pe\u00f1a,2\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.resolve("mixed.csv");
        Files.write(file, start);
        Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);

        CsvFileException problem = failure(file, COMMA_UTF_8);

        assertThat(problem.code()).isEqualTo("import.file.invalidCharacters");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.args()).containsExactly(3, "UTF-8");
    }

    @Test
    void returnsRowsWithTooManyOrTooFewValues() throws IOException {
        List<Row> rows = readAll(write("client,amount\nACME,12,34,56\nGLOBEX\n"), COMMA_UTF_8);

        assertThat(rows.get(0).values()).containsExactly("ACME", "12", "34", "56");
        assertThat(rows.get(1).values()).containsExactly("GLOBEX");
        assertThat(rows.get(1).value(1)).isEmpty();
    }

    @Test
    void returnsNullAgainAfterTheEnd() throws IOException {
        try (CsvFile csv = CsvFile.open(write("a,b\n1,2"), COMMA_UTF_8)) {
            assertThat(csv.next().values()).containsExactly("1", "2");
            assertThat(csv.next()).isNull();
            assertThat(csv.next()).isNull();
        }
    }
}
