package app.criba.importing.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.criba.system.PlainText;

/**
 * A CSV file opened for reading one data row at a time, so that a file of any size needs little
 * memory. Values may be quoted with double quotes, and a quoted value may span several lines.
 * Lines are physical lines, counted from 1 at the start of the file.
 */
public final class CsvFile implements AutoCloseable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Encoding encoding;
    private final List<String> headers;
    private final int headerLine;
    private int nextLine;
    /** The row that {@link #next} returns next, read ahead so that a file without data rows fails on opening. */
    private Row pending;
    /** The failure met while reading ahead, thrown when the caller asks for the row that failed. */
    private CsvFileException pendingFailure;

    private CsvFile(BufferedReader reader, FileFormat format) throws IOException {
        this.encoding = format.encoding();
        skipByteOrderMark(reader);
        this.nextLine = skipLines(reader, format.headerLine() - 1) + 1;
        this.parser = CSVFormat.DEFAULT.builder()
                .setDelimiter(format.delimiter().character())
                .setIgnoreEmptyLines(false)
                .get()
                .parse(reader);
        this.records = parser.iterator();

        Row header = nextNonBlankRecord();
        if (header == null) {
            throw new CsvFileException("import.file.headerLineMissing", null, format.headerLine());
        }
        this.headerLine = header.line();
        this.headers = checkedHeaders(header);
        this.pending = nextNonBlankRecord();
        if (pending == null) {
            throw new CsvFileException("import.file.noRows", null);
        }
    }

    /**
     * Opens the file and reads up to its first data row: lines before the header line are skipped
     * unread, and so are blank lines at the header line.
     *
     * @throws CsvFileException when the file ends before a header row, the header row has fewer than
     *         two named columns or a repeated name, the file has no data row, or the first data row
     *         is malformed
     */
    public static CsvFile open(Path file, FileFormat format) {
        BufferedReader reader = null;
        try {
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    format.encoding().charset().newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            return new CsvFile(reader, format);
        } catch (IOException unreadable) {
            closeQuietly(reader);
            throw new UncheckedIOException(unreadable);
        } catch (RuntimeException problem) {
            closeQuietly(reader);
            throw problem;
        }
    }

    /** Returns the column names, stripped; a name may be blank, as in a leading empty column. */
    public List<String> headers() {
        return headers;
    }

    /** Returns the 1-based physical line of the header row. */
    public int headerLine() {
        return headerLine;
    }

    /**
     * Returns the next data row, or null at the end of the file. Rows whose values are all blank are
     * skipped, while rows with more or fewer values than the header are returned as they are.
     *
     * @throws CsvFileException when a quoted value is not closed, or the row has bytes that are not
     *         text in the file's encoding
     */
    public Row next() {
        Row row = pending;
        if (row == null) {
            if (pendingFailure != null) {
                throw pendingFailure;
            }
            return null;
        }
        try {
            pending = nextNonBlankRecord();
        } catch (CsvFileException problem) {
            pending = null;
            pendingFailure = problem;
        }
        return row;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // The file was only read, so nothing is lost when closing it fails.
        }
    }

    private Row nextNonBlankRecord() {
        Row row = nextRecord();
        while (row != null && isBlank(row)) {
            row = nextRecord();
        }
        return row;
    }

    private Row nextRecord() {
        int line = nextLine;
        try {
            if (!records.hasNext()) {
                return null;
            }
            List<String> values = records.next().toList();
            nextLine = line + 1 + lineBreaks(values);
            if (values.stream().anyMatch(value -> value.indexOf(REPLACEMENT_CHARACTER) >= 0)) {
                throw new CsvFileException("import.file.invalidCharacters", line, line, encoding.charset().name());
            }
            return new Row(line, values);
        } catch (UncheckedIOException failure) {
            if (failure.getCause() instanceof CSVException) {
                throw new CsvFileException("import.file.malformed", line, line);
            }
            throw failure;
        }
    }

    private static List<String> checkedHeaders(Row header) {
        List<String> names = header.values().stream().map(PlainText::strip).toList();
        if (names.stream().filter(name -> !name.isEmpty()).count() < 2) {
            throw new CsvFileException("import.file.oneColumn", header.line());
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new CsvFileException("import.file.duplicateColumn", header.line(), name);
            }
        }
        return names;
    }

    private static boolean isBlank(Row row) {
        return row.values().stream().allMatch(value -> PlainText.strip(value).isEmpty());
    }

    /** Counts the line breaks inside quoted values; CR LF, LF and a lone CR each end a line. */
    static int lineBreaks(List<String> values) {
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

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    /** Skips physical lines without parsing them, and returns how many it skipped. */
    private static int skipLines(BufferedReader reader, int count) throws IOException {
        int skipped = 0;
        while (skipped < count) {
            int c = reader.read();
            if (c == -1) {
                return skipped;
            }
            if (c == '\n') {
                skipped++;
            } else if (c == '\r') {
                skipped++;
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
            }
        }
        return skipped;
    }

    private static void closeQuietly(BufferedReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (IOException ignored) {
            // Already failing with a more useful exception.
        }
    }
}
