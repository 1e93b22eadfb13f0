package app.criba.importing.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encodings a CSV file may use; {@link CsvFile} skips a byte-order mark in any of them. */
public enum Encoding {
    UTF_8(StandardCharsets.UTF_8),
    /** The encoding of "CSV (delimitado por comas)" files from Spanish and other Western European Excel. */
    WINDOWS_1252(Charset.forName("windows-1252")),
    /** The encoding of Excel's "Unicode text" files, which have a byte-order mark and tabs between values. */
    UTF_16LE(StandardCharsets.UTF_16LE),
    UTF_16BE(StandardCharsets.UTF_16BE);

    private final Charset charset;

    Encoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
