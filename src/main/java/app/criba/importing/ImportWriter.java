package app.criba.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.criba.dispute.DisputeStatus;
import app.criba.importing.ImportStore.InvoiceKey;
import app.criba.importing.ImportStore.NewDispute;
import app.criba.importing.ImportStore.NewInvoice;
import app.criba.importing.ImportStore.NewPayment;
import app.criba.importing.ImportStore.StoredInvoice;
import app.criba.invoice.InvoiceKind;

/**
 * Writes checked rows: creates the missing clients, inserts new invoices, updates changed ones,
 * and adds the payments and disputes the rows imply, skipping those already there. Runs inside
 * the importer's transaction.
 */
@Component
class ImportWriter {

    private final ImportStore store;
    private final MessageSource messages;

    ImportWriter(ImportStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The counts of what was written and the ids of the clients whose records changed. */
    record Written(List<String> createdClients, int invoicesCreated, int invoicesUpdated, int invoicesSkipped,
            int paymentsCreated, int disputesCreated, Set<Long> affectedClientIds) {

        ImportSummary summary(String fileName, int rows) {
            return new ImportSummary(fileName, rows, createdClients.size(), invoicesCreated, invoicesUpdated,
                    invoicesSkipped, paymentsCreated, disputesCreated, createdClients);
        }
    }

    Written write(List<InvoiceRow> rows, InvoiceImporter.ClientMatch match, ImportRequest request) {
        Map<String, Long> clientIds = new HashMap<>(match.existingIds());
        List<String> createdClients = createClients(rows, match, request, clientIds);
        Set<Long> affected = new HashSet<>();
        createdClients.forEach(name -> affected.add(clientIds.get(name)));

        Map<InvoiceKey, StoredInvoice> stored = new HashMap<>();
        if (!match.existingIds().isEmpty()) {
            store.findInvoices(Set.copyOf(match.existingIds().values())).forEach(invoice -> stored.put(
                    new InvoiceKey(invoice.clientId(), invoice.number()), invoice));
        }

        List<NewInvoice> inserts = new ArrayList<>();
        List<StoredInvoice> updates = new ArrayList<>();
        int skipped = 0;
        for (InvoiceRow row : rows) {
            long clientId = clientIds.get(row.client());
            StoredInvoice existing = stored.get(new InvoiceKey(clientId, row.number()));
            if (existing == null) {
                inserts.add(new NewInvoice(clientId, row.number(), row.issueDate(), row.dueDate(), row.amount(),
                        row.billingMethod() != null ? row.billingMethod() : request.mapping().defaultBillingMethod(),
                        row.kind() != null ? row.kind() : InvoiceKind.OTHER));
                affected.add(clientId);
            } else if (revise(existing, row).hasSameValuesAs(existing)) {
                skipped++;
            } else {
                updates.add(revise(existing, row));
                affected.add(clientId);
            }
        }
        store.insertInvoices(inserts);
        store.updateInvoices(updates);

        Map<InvoiceKey, Long> invoiceIds = store.findInvoiceIds(Set.copyOf(clientIds.values()));
        List<NewPayment> payments = new ArrayList<>();
        List<NewDispute> disputes = new ArrayList<>();
        for (InvoiceRow row : rows) {
            long clientId = clientIds.get(row.client());
            InvoiceKey key = new InvoiceKey(clientId, row.number());
            long invoiceId = invoiceIds.get(key);
            StoredInvoice existing = stored.get(key);
            BigDecimal payment = paymentToAdd(row, existing);
            if (payment != null) {
                payments.add(new NewPayment(invoiceId, row.settledOn(), payment));
                affected.add(clientId);
            }
            if (row.disputed() && (existing == null || !existing.disputed())) {
                disputes.add(dispute(row, clientId, invoiceId, request));
                affected.add(clientId);
            }
        }
        store.insertPayments(payments);
        store.insertDisputes(disputes);

        return new Written(createdClients, inserts.size(), updates.size(), skipped, payments.size(),
                disputes.size(), Set.copyOf(affected));
    }

    /**
     * Creates one client per client value that matched none. Values that differ only in case
     * become one client, named as its first row spells it, because client names are unique
     * ignoring case. Adds the new ids to clientIds.
     *
     * @return the names of the created clients, in the order of their first row
     */
    private List<String> createClients(List<InvoiceRow> rows, InvoiceImporter.ClientMatch match,
            ImportRequest request, Map<String, Long> clientIds) {
        Map<String, String> namesByLowerCase = new LinkedHashMap<>();
        for (InvoiceRow row : rows) {
            if (!match.existingIds().containsKey(row.client())) {
                namesByLowerCase.putIfAbsent(row.client().toLowerCase(Locale.ROOT), row.client());
            }
        }
        if (namesByLowerCase.isEmpty()) {
            return List.of();
        }
        List<String> names = List.copyOf(namesByLowerCase.values());
        Map<String, Long> ids = store.createClients(names, request.mapping().contractType());
        for (InvoiceRow row : rows) {
            String name = namesByLowerCase.get(row.client().toLowerCase(Locale.ROOT));
            if (name != null) {
                clientIds.putIfAbsent(row.client(), ids.get(name));
            }
        }
        return names;
    }

    /** Returns the stored invoice with the row's values; a field without a column keeps its stored value. */
    private static StoredInvoice revise(StoredInvoice existing, InvoiceRow row) {
        return new StoredInvoice(existing.id(), existing.clientId(), existing.number(), row.issueDate(),
                row.dueDate(), row.amount(),
                row.billingMethod() != null ? row.billingMethod() : existing.billingMethod(),
                row.kind() != null ? row.kind() : existing.kind(), existing.payments(), existing.disputed());
    }

    /**
     * Returns the payment a settled row adds, or null. A new invoice gets one payment of its
     * full amount on the settled date. An existing invoice gets nothing when it already has that
     * payment or is paid in full, and otherwise a payment of its outstanding balance, so that
     * payments recorded by hand are not paid twice. A credit note or zero invoice counts as
     * settled on its issue date and gets no payment.
     */
    private static BigDecimal paymentToAdd(InvoiceRow row, StoredInvoice existing) {
        if (row.settledOn() == null || row.amount().signum() <= 0) {
            return null;
        }
        if (existing == null) {
            return row.amount();
        }
        if (existing.hasPayment(row.settledOn(), row.amount())) {
            return null;
        }
        BigDecimal outstanding = row.amount().subtract(existing.paid());
        return outstanding.signum() > 0 ? outstanding : null;
    }

    /**
     * Builds the dispute of a row marked as disputed: opened on the issue date for the whole
     * amount, resolved as paid on the settled date when there is one, and open otherwise.
     */
    private NewDispute dispute(InvoiceRow row, long clientId, long invoiceId, ImportRequest request) {
        Locale locale = request.locale();
        String reason = messages.getMessage("import.dispute.reason",
                new Object[] { request.fileName(), row.line() }, locale);
        boolean settled = row.settledOn() != null;
        String note = settled ? messages.getMessage("import.dispute.resolutionNote", null, locale) : null;
        return new NewDispute(clientId, invoiceId, row.issueDate(), row.amount(), reason,
                settled ? DisputeStatus.RESOLVED_PAID : DisputeStatus.OPEN, row.settledOn(), note, request.userId());
    }
}
