package app.criba.system;

import java.beans.PropertyEditorSupport;

/**
 * Binds request text to a {@code String}, rejecting the control characters that
 * {@link PlainText#containsControlCharacter} finds. The rejection becomes a {@code typeMismatch}
 * error on the field, so the form shows it like any other error. Text with nothing visible in it
 * (no-break or zero-width spaces only) binds as an empty string, so {@code @NotBlank} rejects it
 * instead of letting an invisible name or title through.
 */
class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && PlainText.containsControlCharacter(text)) {
            throw new IllegalArgumentException("text contains a control character");
        }
        setValue(text != null && PlainText.strip(text).isEmpty() ? "" : text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
