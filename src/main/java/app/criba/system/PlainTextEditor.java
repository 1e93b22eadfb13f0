package app.criba.system;

import java.beans.PropertyEditorSupport;

/**
 * Binds request text to a {@code String}, rejecting the control characters that
 * {@link PlainText#containsControlCharacter} finds. The rejection becomes a {@code typeMismatch}
 * error on the field, so the form shows it like any other error.
 */
class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && PlainText.containsControlCharacter(text)) {
            throw new IllegalArgumentException("text contains a control character");
        }
        setValue(text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
