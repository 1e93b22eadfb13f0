package app.criba.importing;

import java.util.List;

/**
 * Writes the rows of one kind of record. The engine calls it batch by batch inside the import's
 * transaction, after the rows have been read and their clients found, and only with rows that
 * have no problem. Each row must end with an action, so that the counts add up.
 */
interface RecordWriter {

    ImportKind kind();

    /** Lists what the mapping lacks for this kind beyond its required fields, such as a date or a start time. */
    default List<ImportError> mappingProblems(ImportMapping mapping) {
        return List.of();
    }

    /**
     * Checks the rules between the fields of one row, such as a due date before the issue date.
     * A row may already be rejected for another field, so any of its values may be missing.
     */
    default void check(ImportRow row, ImportErrors errors) {
    }

    /**
     * Returns the key of the record a row stands for, so that the engine can report a second
     * row with the same key as a duplicate inside the file. Returns null when the row needs no check.
     */
    String duplicateKey(ImportRow row, ImportContext context);

    /** The field whose value a duplicate problem quotes. */
    String duplicateField();

    default String duplicateCode() {
        return "import.error.duplicateRow";
    }

    void write(List<ImportRow> rows, ImportContext context);

    /** Writes what the writer held back until the whole file was read, such as invoices built from lines. */
    default void finish(ImportContext context) {
    }
}
