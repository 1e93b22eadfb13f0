package app.criba.system;

/** Checks for text that Criba does not store. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Tells whether the text has a control character other than tab, line feed and carriage
     * return: NUL, which PostgreSQL cannot store in text, or escape, bell and the C1 codes, which
     * only ever arrive by mistake or on purpose.
     */
    public static boolean containsControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
