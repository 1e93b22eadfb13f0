package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private FileFormat detect(byte[] content) throws IOException {
        return FormatDetector.detect(Files.write(folder.resolve("file.csv"), content));
    }

    private FileFormat detect(String text) throws IOException {
        return detect(text.getBytes(StandardCharsets.UTF_8));
    }

    private String errorCode(byte[] content) throws IOException {
        try {
            detect(content);
            return null;
        } catch (CsvFileException problem) {
            return problem.code();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void detectsUtf8WithoutByteOrderMark() throws IOException {
        FileFormat format = detect("cliente,importe\nPeña Álvarez,12.00\n");

        assertThat(format).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 1));
    }

    @Test
    void detectsUtf8WithByteOrderMark() throws IOException {
        FileFormat format = detect("\uFEFFcliente;importe\nPeña;12,00\n");

        assertThat(format).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.SEMICOLON, 1));
    }

    @Test
    void detectsExcelUnicodeText() throws IOException {
        byte[] content = "\uFEFFCliente\tImporte\r\nPeña\t1.355,90\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(detect(content)).isEqualTo(new FileFormat(Encoding.UTF_16LE, Delimiter.TAB, 1));
    }

    @Test
    void detectsUtf16BigEndianWithByteOrderMark() throws IOException {
        byte[] content = "\uFEFFclient,amount\nACME,1\n".getBytes(StandardCharsets.UTF_16BE);

        assertThat(detect(content).encoding()).isEqualTo(Encoding.UTF_16BE);
    }

    @Test
    void detectsUtf16WithoutByteOrderMark() throws IOException {
        String text = "client;amount\nACME;1\nPeña;2\n";

        assertThat(detect(text.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new FileFormat(Encoding.UTF_16LE, Delimiter.SEMICOLON, 1));
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new FileFormat(Encoding.UTF_16BE, Delimiter.SEMICOLON, 1));
    }

    @Test
    void detectsWindows1252WhenBytesAreNotUtf8() throws IOException {
        byte[] content = "cliente;nota\nPeña;á é í ó ú ñ ü €\n".getBytes(WINDOWS_1252);

        assertThat(detect(content)).isEqualTo(new FileFormat(Encoding.WINDOWS_1252, Delimiter.SEMICOLON, 1));
    }

    @Test
    void readsOnlyTheStartOfTheFile() throws IOException {
        StringBuilder text = new StringBuilder("client,note\n");
        while (text.length() < FormatDetector.SAMPLE_BYTES + 100) {
            text.append("ACME,ñandú\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1Tail = "Peña,1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(detect(concat(utf8, latin1Tail)).encoding()).isEqualTo(Encoding.UTF_8);
    }

    @Test
    void acceptsCharacterCutAtEndOfSample() throws IOException {
        byte[] start = "client,note\n".getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[FormatDetector.SAMPLE_BYTES - start.length - 1];
        Arrays.fill(filler, (byte) 'a');
        filler[filler.length / 2] = ',';
        byte[] cutCharacter = "ñ,b\n".getBytes(StandardCharsets.UTF_8);

        assertThat(detect(concat(start, filler, cutCharacter)).encoding()).isEqualTo(Encoding.UTF_8);
    }

    @Test
    void rejectsBinaryFilesRenamedToCsv() throws IOException {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        byte[] zip = { 'P', 'K', 3, 4, 20, 0, 6, 0, 'a', ',', 'b', '\n' };
        byte[] pdf = "%PDF-1.7\na,b\n1,2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

        assertThat(errorCode(png)).isEqualTo("import.file.notText");
        assertThat(errorCode(zip)).isEqualTo("import.file.notText");
        assertThat(errorCode(pdf)).isEqualTo("import.file.notText");
        assertThat(errorCode(xls)).isEqualTo("import.file.notText");
    }

    @Test
    void rejectsNulBytesInEightBitText() throws IOException {
        byte[] content = "client,amount\nACME,1\0\nGLOBEX,2\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(errorCode(content)).isEqualTo("import.file.notText");
    }

    @Test
    void rejectsManyControlCharacters() throws IOException {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        byte[] controls = "a,b\n1,\u0007\u001b\u0002\n".repeat(20).getBytes(StandardCharsets.US_ASCII);

        assertThat(errorCode(noise)).isEqualTo("import.file.notText");
        assertThat(errorCode(controls)).isEqualTo("import.file.notText");
    }

    @Test
    void acceptsAFewControlCharacters() throws IOException {
        String text = "client,note\n" + "ACME,plain text\n".repeat(20) + "GLOBEX,bell\u0007\n";

        assertThat(detect(text).delimiter()).isEqualTo(Delimiter.COMMA);
    }

    @Test
    void rejectsFileWithoutText() throws IOException {
        assertThat(errorCode(new byte[0])).isEqualTo("import.file.empty");
        assertThat(errorCode("\uFEFF \r\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.empty");
    }

    @Test
    void rejectsTextWithOneColumn() throws IOException {
        assertThat(errorCode("just some text\nmore text\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.oneColumn");
    }

    @Test
    void detectsTabDelimiter() throws IOException {
        assertThat(detect("client\tamount\tnote\nACME\t1\tSmith, John\n").delimiter()).isEqualTo(Delimiter.TAB);
    }

    @Test
    void prefersSemicolonOverDecimalCommas() throws IOException {
        FileFormat format = detect("cliente;importe;iva\nACME;1355,90;284,74\nGLOBEX;10,00;2,10\n");

        assertThat(format.delimiter()).isEqualTo(Delimiter.SEMICOLON);
    }

    @Test
    void countsDelimitersOnSeveralLines() throws IOException {
        // The header alone has one semicolon and one comma.
        FileFormat format = detect("name;notes, if any\nACME;paid late, twice\nGLOBEX;none\nINITECH;fine\n");

        assertThat(format).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.SEMICOLON, 1));
    }

    @Test
    void ignoresDelimitersInsideQuotes() throws IOException {
        FileFormat format = detect("client,note\n\"Smith; Jones\",\"a; b; c\"\n\"Peña; Hijos\",\"x; y\"\n");

        assertThat(format.delimiter()).isEqualTo(Delimiter.COMMA);
    }

    @Test
    void findsHeaderBelowQuickBooksTitleLines() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/imports/quickbooks-sales-by-customer-detail.csv").toURI());

        FileFormat format = FormatDetector.detect(file);

        assertThat(format).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 5));
        try (CsvFile csv = CsvFile.open(file, format)) {
            assertThat(csv.headers()).startsWith("", "Type", "Date", "Num");
            assertThat(csv.next().values()).containsExactly("Acme Dental");
            Row invoice = csv.next();
            assertThat(invoice.line()).isEqualTo(7);
            assertThat(invoice.value(7)).isEqualTo("1,250.00");
        }
    }

    @Test
    void findsHeaderBelowTitleWithDelimiter() throws IOException {
        FileFormat format = detect("ACME, Inc.\nInvoices; all clients\n\nclient,number,amount\nA,1,2\nB,3,4\n");

        assertThat(format).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 4));
    }

    @Test
    void countsLineBreaksInQuotedTitle() throws IOException {
        FileFormat format = detect("\"Invoice report\nfor 2024\"\nclient,amount\nA,1\n");

        assertThat(format.headerLine()).isEqualTo(3);
    }

    @Test
    void detectsHeaderOfFileWithoutRows() throws IOException {
        assertThat(detect("client,number\n")).isEqualTo(new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 1));
    }
}
