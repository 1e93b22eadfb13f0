package app.criba.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import app.criba.dispute.DisputeStatus;
import app.criba.importing.DisputeStore.ClientDay;
import app.criba.importing.DisputeStore.DisputeTerms;
import app.criba.importing.DisputeStore.StoredDispute;
import app.criba.importing.InvoiceStore.InvoiceKey;
import app.criba.importing.InvoiceStore.NewDispute;
import app.criba.importing.InvoiceStore.StoredInvoice;

/**
 * Writes payment-dispute rows, logged by the user who runs the import. A dispute may name an
 * invoice of its client, which must then be stored. A row with the same client, invoice (or
 * none), opening date and amount as a stored dispute is that dispute: its status, resolution,
 * reason and signed agreement are updated when they differ. A row without a status leaves a
 * stored dispute's status and resolution date as they are, and opens a new dispute.
 */
@Component
class DisputeWriter implements RecordWriter {

    private final InvoiceStore invoices;
    private final DisputeStore disputes;

    DisputeWriter(InvoiceStore invoices, DisputeStore disputes) {
        this.invoices = invoices;
        this.disputes = disputes;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DISPUTES;
    }

    @Override
    public void check(ImportRow row, ImportErrors errors) {
        BigDecimal amount = row.amount(Fields.AMOUNT);
        if (amount != null && amount.signum() < 0) {
            errors.reject(row, Fields.AMOUNT, "import.error.amountNegative");
        }
        boolean statusRead = row.has(Fields.STATUS) || row.textOf(Fields.STATUS).isEmpty();
        boolean resolvedRead = row.has(Fields.RESOLVED_ON) || row.textOf(Fields.RESOLVED_ON).isEmpty();
        if (!statusRead || !resolvedRead) {
            return;
        }
        DisputeStatus status = row.choice(Fields.STATUS, DisputeStatus.class, DisputeStatus.OPEN);
        LocalDate resolvedOn = row.date(Fields.RESOLVED_ON);
        LocalDate openedOn = row.date(Fields.OPENED_ON);
        if (status == DisputeStatus.OPEN && resolvedOn != null) {
            errors.reject(row, Fields.RESOLVED_ON, "import.error.resolvedWithoutStatus");
        } else if (status != DisputeStatus.OPEN && resolvedOn == null) {
            errors.reject(row, Fields.STATUS, "import.error.statusWithoutResolved");
        }
        if (resolvedOn != null && openedOn != null && resolvedOn.isBefore(openedOn)) {
            errors.reject(row, Fields.RESOLVED_ON, "import.error.resolvedBeforeOpened",
                    row.textOf(Fields.OPENED_ON));
        }
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        boolean invoiceRead = row.has(Fields.INVOICE_NUMBER) || row.textOf(Fields.INVOICE_NUMBER).isEmpty();
        if (!invoiceRead || !row.has(Fields.OPENED_ON) || !row.has(Fields.AMOUNT)) {
            return null;
        }
        return row.clientId() + "\u0000" + row.textOf(Fields.INVOICE_NUMBER) + "\u0000" + row.date(Fields.OPENED_ON)
                + "\u0000" + row.amount(Fields.AMOUNT).stripTrailingZeros().toPlainString();
    }

    @Override
    public String duplicateField() {
        return Fields.OPENED_ON;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        Map<InvoiceKey, StoredInvoice> named = invoices.findInvoices(rows.stream()
                .filter(row -> row.has(Fields.INVOICE_NUMBER)).map(DisputeWriter::invoiceKey).distinct().toList());
        List<StoredDispute> stored = disputes.findOpenedOn(rows.stream()
                .map(row -> new ClientDay(row.clientId(), row.date(Fields.OPENED_ON))).distinct().toList());

        List<NewDispute> inserts = new ArrayList<>();
        List<StoredDispute> updates = new ArrayList<>();
        for (ImportRow row : rows) {
            Long invoiceId = null;
            if (row.has(Fields.INVOICE_NUMBER)) {
                StoredInvoice invoice = named.get(invoiceKey(row));
                if (invoice == null) {
                    context.errors().reject(row, Fields.INVOICE_NUMBER, "import.error.invoiceUnknown");
                    continue;
                }
                invoiceId = invoice.id();
            }
            StoredDispute existing = find(stored, row, invoiceId);
            if (existing == null) {
                inserts.add(newDispute(row, invoiceId, context.userId()));
                context.done(row, ImportRow.Action.CREATE);
                continue;
            }
            DisputeTerms revised = revise(existing.terms(), row);
            if (revised.equals(existing.terms())) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                updates.add(new StoredDispute(existing.id(), existing.clientId(), existing.invoiceId(),
                        existing.openedOn(), existing.amount(), revised));
                context.done(row, ImportRow.Action.UPDATE);
            }
        }
        invoices.insertDisputes(inserts, context.runId());
        disputes.update(updates);
    }

    private static InvoiceKey invoiceKey(ImportRow row) {
        return new InvoiceKey(row.clientId(), row.text(Fields.INVOICE_NUMBER));
    }

    private static StoredDispute find(List<StoredDispute> stored, ImportRow row, Long invoiceId) {
        return stored.stream()
                .filter(dispute -> dispute.clientId() == row.clientId()
                        && dispute.openedOn().equals(row.date(Fields.OPENED_ON))
                        && Objects.equals(dispute.invoiceId(), invoiceId)
                        && dispute.amount().compareTo(row.amount(Fields.AMOUNT)) == 0)
                .findFirst().orElse(null);
    }

    private static NewDispute newDispute(ImportRow row, Long invoiceId, Long userId) {
        return new NewDispute(row.clientId(), invoiceId, row.date(Fields.OPENED_ON), row.amount(Fields.AMOUNT),
                row.text(Fields.REASON), row.yes(Fields.SIGNED_AGREEMENT, false),
                row.choice(Fields.STATUS, DisputeStatus.class, DisputeStatus.OPEN), row.date(Fields.RESOLVED_ON),
                row.text(Fields.RESOLUTION_NOTE), userId);
    }

    /**
     * Returns the stored terms with the row's values. A blank value keeps the stored one, but status
     * and resolution date change together, so that an open dispute never keeps a resolution date.
     */
    private static DisputeTerms revise(DisputeTerms stored, ImportRow row) {
        boolean statusGiven = row.has(Fields.STATUS);
        return new DisputeTerms(row.text(Fields.REASON), row.yes(Fields.SIGNED_AGREEMENT, stored.signedAgreement()),
                statusGiven ? row.choice(Fields.STATUS, DisputeStatus.class, null) : stored.status(),
                statusGiven ? row.date(Fields.RESOLVED_ON) : stored.resolvedOn(),
                row.has(Fields.RESOLUTION_NOTE) ? row.text(Fields.RESOLUTION_NOTE) : stored.resolutionNote());
    }
}
