package app.criba.exporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Reads a CSV download in the export tests, after checking its type and byte-order mark. */
final class CsvResponses {

    private CsvResponses() {
    }

    /** Returns the text after the byte-order mark, failing unless the response is a UTF-8 CSV file with one. */
    static String text(MockHttpServletResponse response) {
        assertThat(MediaType.parseMediaType(response.getContentType()))
                .isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** Parses the download with commons-csv, the heading line first. */
    static List<List<String>> rows(MockHttpServletResponse response, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        return format.parse(new StringReader(text(response))).getRecords().stream().map(record -> record.toList())
                .toList();
    }
}
