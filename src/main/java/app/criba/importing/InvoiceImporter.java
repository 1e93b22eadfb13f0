package app.criba.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.client.ContractType;
import app.criba.importing.ImportStore.KnownClient;
import app.criba.invoice.BillingMethod;
import app.criba.system.ClientDataChanged;

/**
 * Imports a CSV file of invoices. The whole file is checked before anything is written, and
 * the writes happen in one transaction, so a file is imported whole or not at all. Importing
 * the same file again changes nothing.
 */
@Service
public class InvoiceImporter {

    private static final Logger log = LoggerFactory.getLogger(InvoiceImporter.class);

    private final ImportStore store;
    private final ImportWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceImporter(ImportStore store, ImportWriter writer, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads a file for the mapping step.
     *
     * @throws CsvFileException when the file is no readable CSV table with data rows
     */
    public CsvTable read(byte[] content, Delimiter delimiter) {
        return CsvReader.read(content, delimiter);
    }

    /** Guesses the columns from the header names and the date format from the date columns' values. */
    public ColumnMapping guess(CsvTable table, Delimiter delimiter, ContractType contractType,
            BillingMethod defaultBillingMethod) {
        return MappingGuess.guess(table, delimiter, contractType, defaultBillingMethod);
    }

    @Transactional
    public ImportResult importFile(ImportRequest request) {
        long started = System.nanoTime();
        CsvTable table;
        try {
            table = CsvReader.read(request.content(), request.mapping().delimiter());
        } catch (CsvFileException unreadable) {
            return rejected(request, List.of(unreadable.toError()));
        }
        List<ImportError> mappingProblems = request.mapping().problems(table);
        if (!mappingProblems.isEmpty()) {
            return rejected(request, mappingProblems);
        }

        RowChecker.Checked checked = new RowChecker(table, request.mapping(), LocalDate.now(clock)).check();
        ClientMatch clients = matchClients(checked.rows());
        List<ImportError> errors = new ArrayList<>(checked.errors());
        errors.addAll(duplicates(checked.rows(), clients, table, request.mapping()));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(ImportError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            return rejected(request, errors);
        }

        ImportWriter.Written written = writer.write(checked.rows(), clients, request);
        if (!written.affectedClientIds().isEmpty()) {
            events.publishEvent(new ClientDataChanged(written.affectedClientIds()));
        }
        ImportSummary summary = written.summary(request.fileName(), checked.rows().size());
        log.info("Imported invoices from '{}' for user {}: {} rows, {} clients created, {} invoices created, "
                + "{} updated, {} skipped, {} payments and {} disputes created in {} ms", request.fileName(),
                request.userId(), summary.rows(), summary.clientsCreated(), summary.invoicesCreated(),
                summary.invoicesUpdated(), summary.invoicesSkipped(), summary.paymentsCreated(),
                summary.disputesCreated(), (System.nanoTime() - started) / 1_000_000);
        return ImportResult.imported(summary);
    }

    private ImportResult rejected(ImportRequest request, List<ImportError> errors) {
        log.info("Rejected the invoice import of '{}' for user {}: {} problems, the first: {} at line {}",
                request.fileName(), request.userId(), errors.size(), errors.get(0).code(), errors.get(0).line());
        return ImportResult.rejected(errors);
    }

    /**
     * Finds the existing client of each distinct client value: first the client whose external
     * reference equals it, else the current client whose name equals it ignoring case.
     */
    private ClientMatch matchClients(List<InvoiceRow> rows) {
        Set<String> values = new LinkedHashSet<>();
        rows.stream().map(InvoiceRow::client).filter(Objects::nonNull).forEach(values::add);
        List<KnownClient> known = values.isEmpty() ? List.of() : store.findClients(values);
        Map<String, Long> existing = new HashMap<>();
        for (String value : values) {
            known.stream()
                    .filter(client -> value.equals(client.externalRef()))
                    .findFirst()
                    .or(() -> known.stream()
                            .filter(client -> !client.former() && client.name().equalsIgnoreCase(value))
                            .findFirst())
                    .ifPresent(client -> existing.put(value, client.id()));
        }
        return new ClientMatch(existing);
    }

    private static List<ImportError> duplicates(List<InvoiceRow> rows, ClientMatch clients, CsvTable table,
            ColumnMapping mapping) {
        String numberColumn = table.headers().get(table.indexOf(mapping.column(ImportField.NUMBER)));
        Map<String, Integer> firstLines = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (InvoiceRow row : rows) {
            if (row.client() == null || row.number() == null) {
                continue;
            }
            String key = clients.key(row.client()) + "\u0000" + row.number();
            Integer firstLine = firstLines.putIfAbsent(key, row.line());
            if (firstLine != null) {
                errors.add(ImportError.ofValue(row.line(), numberColumn, row.number(), "import.error.duplicateNumber",
                        firstLine));
            }
        }
        return errors;
    }

    /**
     * The existing client id of each client value that has one. Values without one name new
     * clients, and values that differ only in case name the same new client, because client
     * names are unique ignoring case.
     */
    record ClientMatch(Map<String, Long> existingIds) {

        String key(String value) {
            Long id = existingIds.get(value);
            return id != null ? "id:" + id : "new:" + value.toLowerCase(Locale.ROOT);
        }
    }
}
