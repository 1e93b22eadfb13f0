package app.criba.importing.file;

import java.util.Objects;

/** How to read a file: its encoding, delimiter and the 1-based physical line of its header row. */
public record FileFormat(Encoding encoding, Delimiter delimiter, int headerLine) {

    public FileFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        if (headerLine < 1) {
            throw new IllegalArgumentException("headerLine must be 1 or more, was " + headerLine);
        }
    }
}
