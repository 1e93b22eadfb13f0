package app.criba.importing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.criba.dispute.DisputeStatus;
import app.criba.importing.ImportMapping.InvoiceLines;
import app.criba.importing.InvoiceStore.InvoiceKey;
import app.criba.importing.InvoiceStore.NewDispute;
import app.criba.importing.InvoiceStore.NewInvoice;
import app.criba.importing.InvoiceStore.NewPayment;
import app.criba.importing.InvoiceStore.StoredInvoice;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

/**
 * Writes invoice rows: inserts new invoices, updates changed ones, and adds the payment of a
 * settled row and the dispute of a disputed row unless the invoice has them already. An invoice
 * is found by its client and its number, compared as text so that leading zeros count. In a
 * file of invoice lines, the lines with the same number add up to one invoice, written once the
 * whole file is read.
 */
@Component
class InvoiceWriter implements RecordWriter {

    private final InvoiceStore store;
    private final MessageSource messages;
    private final Clock clock;

    InvoiceWriter(InvoiceStore store, MessageSource messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /** An invoice to write, from one row or from all the lines with its number. */
    private static final class Draft {

        final ImportRow firstRow;
        final long clientId;
        final String number;
        final LocalDate issueDate;
        final LocalDate dueDate;
        BigDecimal amount;
        LocalDate settledOn;
        boolean disputed;
        final BillingMethod billingMethod;
        final InvoiceKind kind;

        Draft(ImportRow row, int termsDays) {
            this.firstRow = row;
            this.clientId = row.clientId();
            this.number = row.text(Fields.NUMBER);
            this.issueDate = row.date(Fields.ISSUE_DATE);
            this.dueDate = row.has(Fields.DUE_DATE) ? row.date(Fields.DUE_DATE) : issueDate.plusDays(termsDays);
            this.amount = row.amount(Fields.AMOUNT);
            this.settledOn = row.date(Fields.SETTLED_DATE);
            this.disputed = row.yes(Fields.DISPUTED, false);
            this.billingMethod = row.choice(Fields.BILLING_METHOD, BillingMethod.class, null);
            this.kind = row.choice(Fields.INVOICE_KIND, InvoiceKind.class, null);
        }

        InvoiceKey key() {
            return new InvoiceKey(clientId, number);
        }
    }

    /** The invoices of a file of lines, by key in the order of their first line. */
    private static final class Lines {
        final Map<InvoiceKey, Draft> drafts = new LinkedHashMap<>();
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INVOICES;
    }

    @Override
    public void check(ImportRow row, ImportErrors errors) {
        LocalDate issued = row.date(Fields.ISSUE_DATE);
        LocalDate due = row.date(Fields.DUE_DATE);
        LocalDate settled = row.date(Fields.SETTLED_DATE);
        if (issued != null && due != null && due.isBefore(issued)) {
            errors.reject(row, Fields.DUE_DATE, "import.error.dueBeforeIssue", row.textOf(Fields.ISSUE_DATE));
        }
        if (issued != null && settled != null && settled.isBefore(issued)) {
            errors.reject(row, Fields.SETTLED_DATE, "import.error.settledBeforeIssue",
                    row.textOf(Fields.ISSUE_DATE));
        }
        if (settled != null && settled.isAfter(LocalDate.now(clock))) {
            errors.reject(row, Fields.SETTLED_DATE, "import.error.settledInFuture");
        }
        BigDecimal amount = row.amount(Fields.AMOUNT);
        if (row.yes(Fields.DISPUTED, false) && amount != null && amount.signum() < 0) {
            errors.reject(row, Fields.DISPUTED, "import.error.disputedCreditNote");
        }
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (context.mapping().invoiceLines() == InvoiceLines.SUM_BY_NUMBER || !row.has(Fields.NUMBER)) {
            return null;
        }
        return row.clientId() + "\u0000" + row.text(Fields.NUMBER);
    }

    @Override
    public String duplicateField() {
        return Fields.NUMBER;
    }

    @Override
    public String duplicateCode() {
        return "import.error.duplicateNumber";
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        int termsDays = context.mapping().termsDays();
        if (context.mapping().invoiceLines() == InvoiceLines.ONE_PER_ROW) {
            writeDrafts(rows.stream().map(row -> new Draft(row, termsDays)).toList(), context);
            return;
        }
        Lines lines = context.state(Lines.class, Lines::new);
        for (ImportRow row : rows) {
            Draft line = new Draft(row, termsDays);
            Draft invoice = lines.drafts.putIfAbsent(line.key(), line);
            if (invoice != null) {
                addLine(invoice, line, row, context.errors());
            }
        }
    }

    @Override
    public void finish(ImportContext context) {
        if (context.mapping().invoiceLines() == InvoiceLines.SUM_BY_NUMBER && context.errors().isEmpty()) {
            List<Draft> drafts = List.copyOf(context.state(Lines.class, Lines::new).drafts.values());
            for (int start = 0; start < drafts.size(); start += ImportEngine.BATCH_SIZE) {
                writeDrafts(drafts.subList(start, Math.min(drafts.size(), start + ImportEngine.BATCH_SIZE)), context);
            }
        }
    }

    private static void addLine(Draft invoice, Draft line, ImportRow row, ImportErrors errors) {
        if (!invoice.issueDate.equals(line.issueDate)) {
            errors.reject(row, Fields.ISSUE_DATE, "import.error.lineDateDiffers", invoice.firstRow.line());
            return;
        }
        invoice.amount = invoice.amount.add(line.amount);
        if (invoice.settledOn == null) {
            invoice.settledOn = line.settledOn;
        }
        invoice.disputed |= line.disputed;
    }

    private void writeDrafts(List<Draft> drafts, ImportContext context) {
        Map<InvoiceKey, StoredInvoice> stored = store.findInvoices(drafts.stream().map(Draft::key).toList());
        List<NewInvoice> inserts = new ArrayList<>();
        List<StoredInvoice> updates = new ArrayList<>();
        for (Draft draft : drafts) {
            StoredInvoice existing = stored.get(draft.key());
            if (existing == null) {
                inserts.add(new NewInvoice(draft.clientId, draft.number, draft.issueDate, draft.dueDate, draft.amount,
                        draft.billingMethod != null ? draft.billingMethod : context.mapping().defaultBillingMethod(),
                        draft.kind != null ? draft.kind : InvoiceKind.OTHER));
                context.done(draft.firstRow, ImportRow.Action.CREATE);
            } else if (revise(existing, draft).hasSameValuesAs(existing)) {
                context.done(draft.firstRow, ImportRow.Action.SKIP);
            } else {
                updates.add(revise(existing, draft));
                context.done(draft.firstRow, ImportRow.Action.UPDATE);
            }
        }
        Map<InvoiceKey, Long> insertedIds = store.insertInvoices(inserts, context.runId());
        store.updateInvoices(updates);

        List<NewPayment> payments = new ArrayList<>();
        List<NewDispute> disputes = new ArrayList<>();
        for (Draft draft : drafts) {
            StoredInvoice existing = stored.get(draft.key());
            long invoiceId = existing != null ? existing.id() : insertedIds.get(draft.key());
            BigDecimal payment = paymentToAdd(draft, existing);
            if (payment != null) {
                payments.add(new NewPayment(invoiceId, draft.settledOn, payment));
                context.count("payments");
                context.affected(draft.clientId);
            }
            if (draft.disputed && (existing == null || !existing.disputed())) {
                disputes.add(dispute(draft, invoiceId, context));
                context.count("disputes");
                context.affected(draft.clientId);
            }
        }
        store.insertPayments(payments, context.runId());
        store.insertDisputes(disputes, context.runId());
    }

    /** Returns the stored invoice with the draft's values; a field without a column keeps its stored value. */
    private static StoredInvoice revise(StoredInvoice existing, Draft draft) {
        return new StoredInvoice(existing.id(), existing.clientId(), existing.number(), draft.issueDate,
                draft.dueDate, draft.amount,
                draft.billingMethod != null ? draft.billingMethod : existing.billingMethod(),
                draft.kind != null ? draft.kind : existing.kind(), existing.payments(), existing.disputed());
    }

    /**
     * Returns the payment a settled row adds, or null. A new invoice gets one payment of its
     * full amount on the settled date. An existing invoice gets nothing when it already has that
     * payment or is paid in full, and otherwise a payment of its outstanding balance, so that
     * payments recorded by hand are not paid twice. A credit note or zero invoice gets no payment.
     */
    private static BigDecimal paymentToAdd(Draft draft, StoredInvoice existing) {
        if (draft.settledOn == null || draft.amount.signum() <= 0) {
            return null;
        }
        if (existing == null) {
            return draft.amount;
        }
        if (existing.hasPayment(draft.settledOn, draft.amount)) {
            return null;
        }
        BigDecimal outstanding = draft.amount.subtract(existing.paid());
        return outstanding.signum() > 0 ? outstanding : null;
    }

    /**
     * Builds the dispute of a row marked as disputed: opened on the issue date for the whole
     * amount, resolved as paid on the settled date when there is one, and open otherwise.
     */
    private NewDispute dispute(Draft draft, long invoiceId, ImportContext context) {
        String reason = messages.getMessage("import.dispute.reason",
                new Object[] { context.fileName(), String.valueOf(draft.firstRow.line()) }, context.locale());
        boolean settled = draft.settledOn != null;
        String note = settled ? messages.getMessage("import.dispute.resolutionNote", null, context.locale()) : null;
        return new NewDispute(draft.clientId, invoiceId, draft.issueDate, draft.amount, reason, false,
                settled ? DisputeStatus.RESOLVED_PAID : DisputeStatus.OPEN, draft.settledOn, note, context.userId());
    }
}
