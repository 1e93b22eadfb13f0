package app.criba.importing.file;

/** The character between the values of a CSV line. */
public enum Delimiter {
    COMMA(','), SEMICOLON(';'), TAB('\t');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }
}
