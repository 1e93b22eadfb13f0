package app.criba.importing.file;

/**
 * A file that cannot be read as a CSV table: empty, not text, badly quoted, without a usable header
 * row or without data rows. The code is a message key that the arguments fill, and the line is the
 * 1-based physical line of the problem, or null when the problem is not on one line.
 */
public class CsvFileException extends RuntimeException {

    private final String code;
    private final Integer line;
    private final transient Object[] args;

    public CsvFileException(String code, Integer line, Object... args) {
        super(code + (line == null ? "" : " at line " + line));
        this.code = code;
        this.line = line;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Integer line() {
        return line;
    }

    public Object[] args() {
        return args.clone();
    }
}
