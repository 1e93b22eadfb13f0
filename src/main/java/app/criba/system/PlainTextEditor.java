package app.criba.system;

import java.beans.PropertyEditorSupport;

/**
 * Binds request text to a {@code String}, rejecting control characters other than tab, line feed
 * and carriage return. PostgreSQL cannot store the NUL character in text, and the other control
 * characters (escape, bell, C1 codes) only ever arrive by mistake or on purpose. The rejection
 * becomes a {@code typeMismatch} error on the field, so the form shows it like any other error.
 */
class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && containsControlCharacter(text)) {
            throw new IllegalArgumentException("text contains a control character");
        }
        setValue(text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    static boolean containsControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
