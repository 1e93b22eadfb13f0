package app.criba.importing;

/** How an import reads the text of a column into a field's value. */
public enum FieldType {
    /** Plain text of at most the field's maximum length, without control characters. */
    TEXT,
    /** An e-mail address. */
    EMAIL,
    /** A calendar date in the mapping's date format. */
    DATE,
    /** A date in the mapping's date format, optionally followed by a time of day. */
    DATE_TIME,
    /** A time of day such as 14:05 or 2:05 PM. */
    TIME,
    /** Money in the mapping's number style. */
    AMOUNT,
    /** A whole number of zero or more. */
    INTEGER,
    /** A duration such as 01:30:00, 1:30 or a number of minutes. */
    DURATION,
    /** Yes or no, read through the mapping's value table. */
    YES_NO,
    /** One of the constants of the field's enumeration, read through the mapping's value table. */
    CHOICE;

    public boolean hasValueTable() {
        return this == YES_NO || this == CHOICE;
    }
}
