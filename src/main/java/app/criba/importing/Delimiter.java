package app.criba.importing;

/** The character between the values of a CSV line; AUTO takes the one the header line uses most. */
public enum Delimiter {
    AUTO, COMMA, SEMICOLON;

    char character() {
        return this == SEMICOLON ? ';' : ',';
    }

    /** Picks the delimiter of a header line: the semicolon when it appears more often than the comma outside quotes. */
    static Delimiter detect(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? SEMICOLON : COMMA;
    }
}
