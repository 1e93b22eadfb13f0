package app.criba.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import app.criba.importing.file.SampleRecords.SampleRecord;

/**
 * Works out how to read a CSV file from its first 64 KB: the encoding, the delimiter, and the
 * header line below any title lines that report exports put above the table.
 */
public final class FormatDetector {

    static final int SAMPLE_BYTES = 64 * 1024;
    /** How many non-blank records at the start of the file may be the header row. */
    private static final int HEADER_CANDIDATES = 50;
    /** How many records after a possible header row are compared with it. */
    private static final int COMPARED_ROWS = 200;

    private FormatDetector() {
    }

    /**
     * Detects the format of the file.
     *
     * @throws CsvFileException with {@code import.file.empty} for a file without text,
     *         {@code import.file.notText} for binary data, and {@code import.file.oneColumn} when no
     *         delimiter splits a row into two or more named columns that the following rows repeat
     */
    public static FileFormat detect(Path file) {
        byte[] sample;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            complete = in.read() == -1;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (sample.length == 0) {
            throw new CsvFileException("import.file.empty", null);
        }
        EncodingDetector.Detected detected = EncodingDetector.detect(sample, complete);
        if (detected.text().isBlank()) {
            throw new CsvFileException("import.file.empty", null);
        }
        Table table = Stream.of(Delimiter.values())
                .map(delimiter -> findTable(SampleRecords.split(detected.text(), delimiter.character(), complete), delimiter))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Table::matchingRows).thenComparingInt(Table::columns))
                .orElseThrow(() -> new CsvFileException("import.file.oneColumn", null));
        return new FileFormat(detected.encoding(), table.delimiter(), table.headerLine());
    }

    /**
     * A table that a delimiter finds: the header line, its number of values, and how many rows from
     * the header on have that many values.
     */
    private record Table(Delimiter delimiter, int headerLine, int columns, int matchingRows) {
    }

    /**
     * Finds the first record with two or more non-blank values whose number of values is the most
     * common one among the records that follow it (or that no record follows).
     */
    private static Optional<Table> findTable(List<SampleRecord> records, Delimiter delimiter) {
        int candidates = Math.min(records.size(), HEADER_CANDIDATES);
        for (int i = 0; i < candidates; i++) {
            SampleRecord header = records.get(i);
            if (header.nonBlankCount() < 2) {
                continue;
            }
            List<SampleRecord> following = records.subList(i + 1, Math.min(records.size(), i + 1 + COMPARED_ROWS));
            Map<Integer, Integer> rowsBySize = new HashMap<>();
            for (SampleRecord row : following) {
                rowsBySize.merge(row.values().size(), 1, Integer::sum);
            }
            int columns = header.values().size();
            int matching = rowsBySize.getOrDefault(columns, 0);
            int mostCommon = rowsBySize.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (matching == mostCommon) {
                return Optional.of(new Table(delimiter, header.line(), columns, matching + 1));
            }
        }
        return Optional.empty();
    }
}
