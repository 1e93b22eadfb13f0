package app.criba.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.system.ClientDataChanged;

/**
 * Undoes an import by deleting the records it created, when none of them has been edited since
 * and nothing else has been added to them. Records that the import changed keep their new values,
 * because the history does not store the old ones. The clients whose records go are rescored.
 */
@Service
public class ImportUndo {

    private static final Logger log = LoggerFactory.getLogger(ImportUndo.class);

    /** The tables of the records an import can create, children before parents. */
    private static final List<String> CREATED_TABLES = List.of("payment", "payment_dispute", "recommendation",
            "time_entry", "interaction", "invoice");

    private final JdbcTemplate jdbc;
    private final ImportRuns runs;
    private final ApplicationEventPublisher events;
    private final ImportAudit audit;

    ImportUndo(JdbcTemplate jdbc, ImportRuns runs, ApplicationEventPublisher events, ImportAudit audit) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.events = events;
        this.audit = audit;
    }

    /** One reason an import cannot be undone: a message key and the number of records it concerns. */
    public record Blocker(String code, int count) {
    }

    /** Lists what keeps the run from being undone; empty when it can be. */
    @Transactional(readOnly = true)
    public List<Blocker> blockers(ImportRun run) {
        List<Blocker> blockers = new ArrayList<>();
        if (run.status() != RunStatus.IMPORTED) {
            blockers.add(new Blocker("import.undo.notImported", 0));
            return blockers;
        }
        long id = run.id();
        add(blockers, "import.undo.editedClients", """
                select count(*) from client where import_run_id = ? and version > 0
                """, id);
        add(blockers, "import.undo.clientsWithOtherRecords", """
                select count(*) from client c where c.import_run_id = ? and (
                    exists (select 1 from invoice x where x.client_id = c.id and x.import_run_id is distinct from c.import_run_id)
                 or exists (select 1 from time_entry x where x.client_id = c.id and x.import_run_id is distinct from c.import_run_id)
                 or exists (select 1 from interaction x where x.client_id = c.id and x.import_run_id is distinct from c.import_run_id)
                 or exists (select 1 from payment_dispute x where x.client_id = c.id and x.import_run_id is distinct from c.import_run_id)
                 or exists (select 1 from recommendation x where x.client_id = c.id and x.import_run_id is distinct from c.import_run_id)
                 or exists (select 1 from gut_check x where x.client_id = c.id)
                 or exists (select 1 from grade_override x where x.client_id = c.id))
                """, id);
        add(blockers, "import.undo.editedInvoices", """
                select count(*) from invoice where import_run_id = ? and version > 0
                """, id);
        add(blockers, "import.undo.invoicesWithOtherRecords", """
                select count(*) from invoice i where i.import_run_id = ? and (
                    exists (select 1 from payment p where p.invoice_id = i.id and p.import_run_id is distinct from i.import_run_id)
                 or exists (select 1 from payment_dispute d where d.invoice_id = i.id and d.import_run_id is distinct from i.import_run_id))
                """, id);
        add(blockers, "import.undo.editedDisputes", """
                select count(*) from payment_dispute where import_run_id = ? and version > 0
                """, id);
        add(blockers, "import.undo.editedRecommendations", """
                select count(*) from recommendation where import_run_id = ? and version > 0
                """, id);
        add(blockers, "import.undo.changedActivity", """
                select (select count(*) from time_entry where import_run_id = ? and version > 0)
                     + (select count(*) from interaction where import_run_id = ? and version > 0)
                """, id, id);
        return blockers;
    }

    /**
     * Deletes what the run created and marks it undone.
     *
     * @return the blockers, empty when the run was undone
     */
    @Transactional
    public List<Blocker> undo(long runId, Long userId) {
        ImportRun run = runs.find(runId).orElseThrow();
        jdbc.queryForObject("select id from import_run where id = ? for update", Long.class, runId);
        List<Blocker> blockers = blockers(runs.find(runId).orElseThrow());
        if (!blockers.isEmpty()) {
            return blockers;
        }
        Set<Long> affected = new HashSet<>();
        for (String table : List.of("invoice", "time_entry", "interaction", "payment_dispute", "recommendation")) {
            affected.addAll(jdbc.queryForList("select distinct client_id from " + table + " where import_run_id = ?",
                    Long.class, runId));
        }
        affected.addAll(jdbc.queryForList("""
                select distinct i.client_id from payment p join invoice i on i.id = p.invoice_id
                where p.import_run_id = ?
                """, Long.class, runId));
        List<Long> createdClients = jdbc.queryForList("select id from client where import_run_id = ?", Long.class,
                runId);
        int deleted = 0;
        for (String table : CREATED_TABLES) {
            deleted += jdbc.update("delete from " + table + " where import_run_id = ?", runId);
        }
        jdbc.update("delete from client_score where client_id in (select id from client where import_run_id = ?)",
                runId);
        deleted += jdbc.update("delete from client where import_run_id = ?", runId);
        runs.undone(runId, userId);
        audit.undone(run, deleted, userId);
        affected.removeAll(createdClients);
        if (!affected.isEmpty()) {
            events.publishEvent(new ClientDataChanged(affected));
        }
        log.info("Undid import run {} of '{}' for user {}: {} records deleted, {} clients rescored", runId,
                run.fileName(), userId, deleted, affected.size());
        return List.of();
    }

    private void add(List<Blocker> blockers, String code, String sql, Object... runIds) {
        Integer count = jdbc.queryForObject(sql, Integer.class, runIds);
        if (count != null && count > 0) {
            blockers.add(new Blocker(code, count));
        }
    }
}
