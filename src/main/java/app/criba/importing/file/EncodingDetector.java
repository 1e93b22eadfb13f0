package app.criba.importing.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Works out the encoding of a file from the bytes at its start, and rejects bytes that are no text
 * at all, such as a spreadsheet, image or PDF renamed to .csv.
 */
final class EncodingDetector {

    private static final byte[][] BINARY_SIGNATURES = {
            { (byte) 0x89, 'P', 'N', 'G' },
            { 'P', 'K', 3, 4 }, // ZIP, and so XLSX and ODS
            { 'P', 'K', 5, 6 },
            { '%', 'P', 'D', 'F', '-' },
            { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, // OLE2, and so XLS
            { 'G', 'I', 'F', '8' },
            { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, // JPEG
            { 0x1F, (byte) 0x8B }, // gzip
    };
    private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final byte[] UTF_16LE_BOM = { (byte) 0xFF, (byte) 0xFE };
    private static final byte[] UTF_16BE_BOM = { (byte) 0xFE, (byte) 0xFF };
    /** Above this share of control characters the text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private EncodingDetector() {
    }

    /** The detected encoding and the text of the sample in it, without a byte-order mark. */
    record Detected(Encoding encoding, String text) {
    }

    /**
     * Detects the encoding of a sample from the start of a file: a byte-order mark first, then
     * UTF-16 without one from the pattern of NUL bytes that ASCII characters leave, then UTF-8 when
     * every byte sequence is valid UTF-8, and Windows-1252 otherwise.
     *
     * @param complete whether the sample is the whole file, so that it does not end in the middle
     *        of a character
     * @throws CsvFileException with {@code import.file.notText} when the bytes are no text
     */
    static Detected detect(byte[] sample, boolean complete) {
        if (startsWithAny(sample, BINARY_SIGNATURES)) {
            throw notText();
        }
        Encoding encoding;
        int start = 0;
        if (startsWith(sample, UTF_8_BOM)) {
            encoding = Encoding.UTF_8;
            start = UTF_8_BOM.length;
        } else if (startsWith(sample, UTF_16LE_BOM)) {
            encoding = Encoding.UTF_16LE;
            start = UTF_16LE_BOM.length;
        } else if (startsWith(sample, UTF_16BE_BOM)) {
            encoding = Encoding.UTF_16BE;
            start = UTF_16BE_BOM.length;
        } else {
            encoding = withoutByteOrderMark(sample, complete);
        }
        String text = decode(sample, start, encoding, complete);
        if (!looksLikeText(text)) {
            throw notText();
        }
        return new Detected(encoding, text);
    }

    private static Encoding withoutByteOrderMark(byte[] sample, boolean complete) {
        int pairs = sample.length / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }
        // ASCII text in UTF-16 has a NUL in every other byte: the second of each pair in
        // little-endian order, the first in big-endian order.
        if (oddNuls > pairs * 0.3 && evenNuls * 10 < oddNuls) {
            return Encoding.UTF_16LE;
        }
        if (evenNuls > pairs * 0.3 && oddNuls * 10 < evenNuls) {
            return Encoding.UTF_16BE;
        }
        return isValidUtf8(sample, complete) ? Encoding.UTF_8 : Encoding.WINDOWS_1252;
    }

    private static boolean isValidUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length);
        // A sample cut from a longer file may end inside a character, which is not an error.
        return !decoder.decode(ByteBuffer.wrap(sample), out, complete).isError();
    }

    private static String decode(byte[] sample, int start, Encoding encoding, boolean complete) {
        int length = sample.length - start;
        if (!complete && (encoding == Encoding.UTF_16LE || encoding == Encoding.UTF_16BE)) {
            length -= length % 2;
        }
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(length + 1);
        decoder.decode(ByteBuffer.wrap(sample, start, length), out, complete);
        if (complete) {
            decoder.flush(out);
        }
        return out.flip().toString();
    }

    /**
     * Tells whether decoded text looks like text: no NUL character, and few other control
     * characters or undecodable bytes. Tab, line feed and carriage return are not counted.
     */
    private static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (c != '\t' && c != '\n' && c != '\r' && (Character.isISOControl(c) || c == '\uFFFD')) {
                controls++;
            }
        }
        return controls <= text.length() * MAX_CONTROL_SHARE;
    }

    private static boolean startsWithAny(byte[] sample, byte[][] prefixes) {
        for (byte[] prefix : prefixes) {
            if (startsWith(sample, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] sample, byte[] prefix) {
        if (sample.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (sample[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CsvFileException notText() {
        return new CsvFileException("import.file.notText", null);
    }
}
