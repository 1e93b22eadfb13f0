package app.criba.system;

/** Rules for the text Criba stores: no control characters, and nothing invisible at either end. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Tells whether the text has a control character other than tab, line feed and carriage
     * return: NUL, which PostgreSQL cannot store in text, or escape, bell and the C1 codes, which
     * only ever arrive by mistake or on purpose.
     */
    public static boolean containsControlCharacter(String text) {
        return text.chars().anyMatch(PlainText::isRejectedControl);
    }

    /**
     * Removes what a reader cannot see from both ends of the text: whitespace, including the
     * no-break spaces that copying from a web page or a spreadsheet brings along, and invisible
     * format characters such as the zero-width space and bidirectional marks. {@link String#strip()}
     * keeps all of these except ordinary whitespace. Characters inside the text are kept.
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint <= ' '
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** Returns the text without the control characters that {@link #containsControlCharacter} finds. */
    public static String removeControlCharacters(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.chars().filter(c -> !isRejectedControl(c)).forEach(c -> cleaned.append((char) c));
        return cleaned.toString();
    }

    private static boolean isRejectedControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
