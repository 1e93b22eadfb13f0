package app.criba.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.criba.importing.file.CsvFile;
import app.criba.importing.file.CsvFileException;
import app.criba.importing.file.FileFormat;
import app.criba.importing.file.Row;
import app.criba.system.ClientDataChanged;

/**
 * Reads a file row by row and writes its records in one transaction, batch by batch, so that a
 * file of any length takes little memory. Every row is checked. When any row has a problem, or
 * when the run is only a check, the transaction is rolled back, so nothing stays written. A check
 * therefore counts exactly what the import would create, change and skip.
 */
@Service
class ImportEngine {

    static final int BATCH_SIZE = 500;
    static final int PREVIEW_ROWS = 10;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<ImportKind, RecordWriter> writers = new EnumMap<>(ImportKind.class);
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportEngine(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, List<RecordWriter> writers,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        writers.forEach(writer -> this.writers.put(writer.kind(), writer));
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs the job: with write false it only checks, with write true it imports when no row has a
     * problem. Progress receives the number of rows read after each batch.
     */
    ImportOutcome run(ImportJob job, boolean write, IntConsumer progress) {
        ImportMapping mapping = job.mapping();
        FileFormat format;
        CsvFile file;
        try {
            format = FileFormats.resolve(job.file(), mapping);
            file = CsvFile.open(job.file(), format);
        } catch (CsvFileException unreadable) {
            return ImportOutcome.rejected(List.of(FileFormats.toError(unreadable)));
        }
        try (file) {
            List<ImportError> mappingProblems = new ArrayList<>(MappingCheck.problems(mapping, file.headers()));
            RecordWriter writer = writers.get(mapping.kind());
            mappingProblems.addAll(writer.mappingProblems(mapping));
            if (!mappingProblems.isEmpty()) {
                return ImportOutcome.rejected(mappingProblems);
            }
            return transactions.execute(status -> {
                ImportOutcome outcome = new Pass(job, file, writer, progress).run();
                if (!write || outcome.hasErrors()) {
                    status.setRollbackOnly();
                }
                return outcome;
            });
        }
    }

    /** One pass over the rows of a file, inside the transaction. */
    private final class Pass {

        private final ImportJob job;
        private final CsvFile file;
        private final RecordWriter writer;
        private final IntConsumer progress;
        private final ValueReader reader;
        private final ImportErrors errors;
        private final ImportContext context;
        private final Map<String, Integer> firstLines = new HashMap<>();
        private final List<ImportRow> previewRows = new ArrayList<>();
        private int rows;

        Pass(ImportJob job, CsvFile file, RecordWriter writer, IntConsumer progress) {
            this.job = job;
            this.file = file;
            this.writer = writer;
            this.progress = progress;
            this.reader = new ValueReader(job.mapping(), file.headers(), LocalDate.now(clock));
            this.errors = new ImportErrors(field -> job.mapping().kind().field(field).map(reader::columnOf)
                    .orElse(null));
            this.context = new ImportContext(job.runId(), job.userId(), job.locale(), job.fileName(), job.mapping(),
                    new ClientDirectory(jdbc), errors);
        }

        ImportOutcome run() {
            RowSource source = new RowSource(file, job.mapping());
            List<ImportRow> batch = new ArrayList<>(BATCH_SIZE);
            try {
                Row row;
                while ((row = source.next()) != null) {
                    ImportRow read = reader.read(row, errors);
                    writer.check(read, errors);
                    batch.add(read);
                    rows++;
                    if (batch.size() == BATCH_SIZE) {
                        flush(batch);
                        batch.clear();
                        progress.accept(rows);
                    }
                }
            } catch (CsvFileException unreadable) {
                errors.add(FileFormats.toError(unreadable));
            }
            flush(batch);
            writer.finish(context);
            progress.accept(rows);
            if (rows == 0 && errors.isEmpty()) {
                errors.add(ImportError.ofFile(null, "import.file.noRows"));
            }
            if (errors.isEmpty() && !context.affectedClientIds().isEmpty()) {
                events.publishEvent(new ClientDataChanged(context.affectedClientIds()));
            }
            return new ImportOutcome(rows, context.counts(), errors.kept(), errors.count(),
                    previewRows.stream().map(PreviewRow::of).toList());
        }

        private void flush(List<ImportRow> batch) {
            List<ImportRow> good = new ArrayList<>(batch.size());
            boolean byClient = job.mapping().kind().hasClientColumn();
            for (ImportRow row : batch) {
                // A row rejected for another value still finds its client and is checked for
                // duplicates, so that the user sees all of its problems at once.
                if (byClient && row.has(Fields.CLIENT)) {
                    findClient(row);
                }
                if (!byClient || row.clientId() != null) {
                    checkDuplicate(row);
                }
                if (!row.isRejected()) {
                    good.add(row);
                }
            }
            writer.write(good, context);
            for (ImportRow row : batch) {
                if (previewRows.size() < PREVIEW_ROWS) {
                    previewRows.add(row);
                }
            }
        }

        private void findClient(ImportRow row) {
            String value = row.text(Fields.CLIENT);
            Long id = context.clients().find(value);
            if (id != null) {
                row.client(id, false);
            } else if (job.mapping().createsClients()) {
                long created = context.clients().createFromValue(value, job.mapping().contractType(), job.runId());
                context.clientCreated(created, value);
                row.client(created, true);
            } else {
                errors.reject(row, Fields.CLIENT, "import.error.clientUnknown");
            }
        }

        private void checkDuplicate(ImportRow row) {
            String key = writer.duplicateKey(row, context);
            if (key == null) {
                return;
            }
            Integer firstLine = firstLines.putIfAbsent(key, row.line());
            if (firstLine != null) {
                errors.reject(row, writer.duplicateField(), writer.duplicateCode(), firstLine);
            }
        }
    }
}
