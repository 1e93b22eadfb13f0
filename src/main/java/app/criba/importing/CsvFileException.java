package app.criba.importing;

/**
 * A file that cannot be read as a CSV table at all: empty, not UTF-8 text, broken quoting, no
 * data rows. The code is a message key, and line is null when the problem is not on one line.
 */
public class CsvFileException extends RuntimeException {

    private final String code;
    private final Integer line;
    private final transient Object[] args;

    CsvFileException(String code, Integer line, Object... args) {
        super(code + (line == null ? "" : " at line " + line));
        this.code = code;
        this.line = line;
        this.args = args;
    }

    public ImportError toError() {
        return ImportError.ofFile(line, code, args);
    }
}
