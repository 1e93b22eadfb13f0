package app.criba.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One problem found in an import. The code is a message key, and args fill its placeholders
 * (an arg may itself be a message to resolve, such as a field's label).
 * Line, column and value are null when the problem is not tied to them (an empty file, a
 * mapping without a client column).
 */
public record ImportError(Integer line, String column, String value, String code, List<Object> args)
        implements Serializable {

    public ImportError {
        // A message format would print the number 2024 as "2,024" or "2.024", so numbers go in as text.
        args = args.stream().map(arg -> arg instanceof Number ? (Object) arg.toString() : arg).toList();
    }

    static ImportError ofFile(Integer line, String code, Object... args) {
        return new ImportError(line, null, null, code, List.of(args));
    }

    static ImportError ofValue(int line, String column, String value, String code, Object... args) {
        return new ImportError(line, column, value, code, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
