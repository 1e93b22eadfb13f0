package app.criba.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row: UTF-8 with or without a byte-order mark, comma or
 * semicolon between values, double quotes around values that contain either or a line break.
 */
public final class CsvReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvReader() {
    }

    /**
     * Reads the whole file into memory.
     *
     * @throws CsvFileException when the file is empty, not UTF-8 text, badly quoted, or has no data rows
     */
    public static CsvTable read(byte[] content, Delimiter requested) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvFileException("import.file.empty", null);
        }
        Delimiter delimiter = requested == null || requested == Delimiter.AUTO ? Delimiter.detect(firstLine(text))
                : requested;
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter.character())
                .setIgnoreEmptyLines(false)
                .get();

        List<String> headers = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        int nextLine = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord csvRecord : parser) {
                int line = lines.lineAt(csvRecord.getCharacterPosition());
                List<String> values = csvRecord.toList();
                nextLine = line + lineBreaks(values) + 1;
                if (isBlank(values)) {
                    continue;
                }
                if (headers == null) {
                    headers = headers(values);
                } else {
                    rows.add(new CsvTable.Row(line, List.copyOf(values)));
                }
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw new CsvFileException("import.file.malformed", nextLine, nextLine);
        } catch (IOException unreadable) {
            // A StringReader does not fail, but the parser declares the exception.
            throw new UncheckedIOException(unreadable);
        }
        if (rows.isEmpty()) {
            throw new CsvFileException("import.file.noRows", null);
        }
        return new CsvTable(headers, delimiter, List.copyOf(rows));
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new CsvFileException("import.file.notText", null);
            }
            return text;
        } catch (CharacterCodingException notUtf8) {
            throw new CsvFileException("import.file.notText", null);
        }
    }

    private static List<String> headers(List<String> values) {
        List<String> headers = values.stream().map(String::strip).toList();
        if (headers.stream().filter(name -> !name.isEmpty()).count() < 2) {
            throw new CsvFileException("import.file.oneColumn", 1);
        }
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (!header.isEmpty() && !seen.add(header.toLowerCase(Locale.ROOT))) {
                throw new CsvFileException("import.file.duplicateColumn", 1, header);
            }
        }
        return headers;
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }

    private static int lineBreaks(List<String> values) {
        int count = 0;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** Maps a character position in the text to its 1-based line number; CR LF, LF and CR each end a line. */
    private static final class LineIndex {

        private final long[] lineStarts;

        LineIndex(String text) {
            List<Long> starts = new ArrayList<>();
            starts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    starts.add(i + 1L);
                }
            }
            this.lineStarts = starts.stream().mapToLong(Long::longValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(lineStarts, position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
