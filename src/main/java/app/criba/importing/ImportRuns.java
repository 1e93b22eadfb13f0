package app.criba.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import app.criba.system.PlainText;

/**
 * The import history. Progress is written in a transaction of its own, so that the page can read it
 * while the import's own transaction is still open.
 */
@Repository
class ImportRuns {

    private static final int MAX_FILE_NAME = 255;
    private static final String SELECT = """
            select r.*, u.display_name as user_name, b.display_name as undone_by_name
            from import_run r
            left join app_user u on u.id = r.user_id
            left join app_user b on b.id = r.undone_by_id
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    ImportRuns(JdbcTemplate jdbc, JsonMapper json, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long create(ImportMapping mapping, String fileName, String uploadToken, Long userId, String language,
            RunStatus status, Integer rowsTotal) {
        String stripped = PlainText.removeControlCharacters(fileName == null ? "" : fileName).strip();
        String name = stripped.length() > MAX_FILE_NAME ? stripped.substring(0, MAX_FILE_NAME) : stripped;
        return ownTransaction.execute(tx -> jdbc.queryForObject("""
                insert into import_run (kind, file_name, upload_token, user_id, language, mapping, status, rows_total)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                returning id
                """, Long.class, mapping.kind().name(), name, uploadToken, userId, language,
                json.writeValueAsString(mapping), status.name(), rowsTotal));
    }

    void progress(long id, int rowsRead) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update("update import_run set rows_read = ? where id = ?",
                rowsRead, id));
    }

    /** Moves a run from one status to another. Returns false when it was not in the expected status. */
    boolean move(long id, RunStatus from, RunStatus to) {
        return ownTransaction.execute(tx -> jdbc.update("""
                update import_run set status = ?, rows_read = 0, version = version + 1
                where id = ? and status = ?
                """, to.name(), id, from.name()) == 1);
    }

    void finish(long id, RunStatus status, ImportOutcome outcome) {
        ImportCounts counts = outcome.counts();
        ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                update import_run
                set status = ?, rows_read = ?, created = ?, updated = ?, skipped = ?, clients_created = ?,
                    details = ?::jsonb, error_count = ?, errors = ?::jsonb, preview = ?::jsonb,
                    finished_at = now(), imported_at = case when ? then now() else imported_at end,
                    version = version + 1
                where id = ?
                """, status.name(), outcome.rows(), counts.created(), counts.updated(), counts.skipped(),
                counts.clientsCreated(),
                json.writeValueAsString(Map.of("extra", counts.extra(), "createdClientNames",
                        counts.createdClientNames())),
                outcome.errorCount(), json.writeValueAsString(outcome.errors()),
                json.writeValueAsString(outcome.preview()), status == RunStatus.IMPORTED, id));
    }

    /** Marks the runs that were running when the application stopped, whose transaction never committed. */
    int failInterrupted() {
        return jdbc.update("""
                update import_run set status = 'FAILED', finished_at = now(),
                       errors = '[{"code": "import.error.interrupted", "args": []}]'::jsonb, error_count = 1
                where status in ('CHECKING', 'IMPORTING')
                """);
    }

    void undone(long id, Long userId) {
        jdbc.update("""
                update import_run set status = 'UNDONE', undone_at = now(), undone_by_id = ?, version = version + 1
                where id = ?
                """, userId, id);
    }

    /** Returns the latest date among the records the run created, or null when it created none. */
    LocalDate latestRecordDate(long id) {
        return jdbc.queryForObject("""
                select greatest((select max(issue_date) from invoice where import_run_id = ?),
                                (select max(paid_on) from payment where import_run_id = ?),
                                (select max(worked_on) from time_entry where import_run_id = ?),
                                (select max(occurred_at)::date from interaction where import_run_id = ?),
                                (select max(opened_on) from payment_dispute where import_run_id = ?),
                                (select max(proposed_on) from recommendation where import_run_id = ?))
                """, LocalDate.class, id, id, id, id, id, id);
    }

    Optional<ImportRun> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", this::map, id).stream().findFirst();
    }

    /** Lists the latest runs first, leaving out page checks that were never imported unless they are running. */
    List<ImportRun> history(int limit, int offset) {
        return jdbc.query(SELECT + """
                 where r.status not in ('CHECKED') order by r.started_at desc, r.id desc limit ? offset ?
                """, this::map, limit, offset);
    }

    int historySize() {
        return jdbc.queryForObject("select count(*) from import_run where status not in ('CHECKED')",
                Integer.class);
    }

    private ImportRun map(ResultSet row, int index) throws SQLException {
        Map<String, Object> details = json.readValue(row.getString("details"), new TypeReference<>() {
        });
        @SuppressWarnings("unchecked")
        Map<String, Integer> extra = (Map<String, Integer>) details.getOrDefault("extra", Map.of());
        @SuppressWarnings("unchecked")
        List<String> createdNames = (List<String>) details.getOrDefault("createdClientNames", List.of());
        ImportCounts counts = new ImportCounts(row.getInt("created"), row.getInt("updated"), row.getInt("skipped"),
                row.getInt("clients_created"), extra, createdNames);
        return new ImportRun(row.getLong("id"), ImportKind.valueOf(row.getString("kind")), row.getString("file_name"),
                row.getString("upload_token"), (Long) row.getObject("user_id"), row.getString("user_name"),
                row.getString("language"), json.readValue(row.getString("mapping"), ImportMapping.class),
                RunStatus.valueOf(row.getString("status")), row.getInt("rows_read"),
                (Integer) row.getObject("rows_total"), counts, row.getInt("error_count"),
                json.readValue(row.getString("errors"), new TypeReference<List<ImportError>>() {
                }), json.readValue(row.getString("preview"), new TypeReference<List<PreviewRow>>() {
                }), instant(row, "started_at"), instant(row, "finished_at"), instant(row, "imported_at"),
                instant(row, "undone_at"), row.getString("undone_by_name"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
