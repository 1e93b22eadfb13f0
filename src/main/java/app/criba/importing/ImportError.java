package app.criba.importing;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One problem found in an import. The code is a message key, and args fill its placeholders. An
 * argument that is itself a message, such as a field's label, is kept as {"code": key} so that
 * the problem can be stored as JSON and shown later in the reader's language. Line, column and
 * value are null when the problem is not tied to them (an empty file, a field without a column).
 */
public record ImportError(Integer line, String column, String value, String code, List<Object> args) {

    private static final String CODE = "code";

    public ImportError {
        // A message format would print the number 2024 as "2,024" or "2.024", so numbers go in as text.
        args = args == null ? List.of() : args.stream().map(ImportError::storable).toList();
        column = visible(column);
        value = visible(value);
    }

    /**
     * Replaces the C0 control characters other than tab and line breaks, and DEL, with their
     * Unicode control pictures (NUL becomes U+2400). PostgreSQL cannot store NUL in jsonb, where
     * the import history keeps the problems, and the reader sees where the character is.
     */
    static String visible(String text) {
        if (text == null || text.chars().noneMatch(ImportError::isHiddenControl)) {
            return text;
        }
        StringBuilder replaced = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isHiddenControl(c)) {
                replaced.append(c);
            } else if (c == 0x7F) {
                replaced.append('\u2421');
            } else {
                replaced.append((char) (0x2400 + c));
            }
        }
        return replaced.toString();
    }

    private static boolean isHiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    static ImportError ofFile(Integer line, String code, Object... args) {
        return new ImportError(line, null, null, code, List.of(args));
    }

    /** Returns the arguments to format the message with, turning stored message keys back into messages. */
    public Object[] argsArray() {
        return args.stream().map(arg -> arg instanceof Map<?, ?> message && message.get(CODE) instanceof String key
                ? new DefaultMessageSourceResolvable(key)
                : arg).toArray();
    }

    private static Object storable(Object arg) {
        if (arg instanceof MessageSourceResolvable message && message.getCodes() != null) {
            return Map.of(CODE, message.getCodes()[0]);
        }
        if (arg instanceof Map<?, ?> map && map.get(CODE) instanceof String key) {
            return Map.of(CODE, key);
        }
        return arg == null ? "" : arg.toString();
    }
}
