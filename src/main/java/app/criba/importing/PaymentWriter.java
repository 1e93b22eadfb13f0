package app.criba.importing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.criba.importing.InvoiceStore.InvoiceKey;
import app.criba.importing.InvoiceStore.NewPayment;
import app.criba.importing.InvoiceStore.StoredInvoice;
import app.criba.importing.file.DateFormats;

/**
 * Writes payment rows. A payment belongs to the invoice with its client and number, compared as
 * text so that leading zeros count, and that invoice must already be stored. A payment with the
 * same invoice, date and amount as a stored one is that payment, so a second import of the same
 * file adds nothing. Payments are never changed by an import.
 */
@Component
class PaymentWriter implements RecordWriter {

    private final InvoiceStore store;
    private final Clock clock;

    PaymentWriter(InvoiceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PAYMENTS;
    }

    @Override
    public void check(ImportRow row, ImportErrors errors) {
        BigDecimal amount = row.amount(Fields.AMOUNT);
        if (amount != null && amount.signum() <= 0) {
            errors.reject(row, Fields.AMOUNT, "import.error.amountNotPositive");
        }
        LocalDate paidOn = row.date(Fields.PAID_ON);
        if (paidOn != null && paidOn.isAfter(LocalDate.now(clock))) {
            errors.reject(row, Fields.PAID_ON, "import.error.paymentInFuture");
        }
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (!row.has(Fields.INVOICE_NUMBER) || !row.has(Fields.PAID_ON) || !row.has(Fields.AMOUNT)) {
            return null;
        }
        return row.clientId() + "\u0000" + row.text(Fields.INVOICE_NUMBER) + "\u0000" + row.date(Fields.PAID_ON)
                + "\u0000" + row.amount(Fields.AMOUNT).stripTrailingZeros().toPlainString();
    }

    @Override
    public String duplicateField() {
        return Fields.INVOICE_NUMBER;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        Map<InvoiceKey, StoredInvoice> invoices = store.findInvoices(rows.stream().map(PaymentWriter::invoiceKey)
                .distinct().toList());
        List<NewPayment> payments = new ArrayList<>();
        for (ImportRow row : rows) {
            StoredInvoice invoice = invoices.get(invoiceKey(row));
            LocalDate paidOn = row.date(Fields.PAID_ON);
            BigDecimal amount = row.amount(Fields.AMOUNT);
            if (invoice == null) {
                context.errors().reject(row, Fields.INVOICE_NUMBER, "import.error.invoiceUnknown");
            } else if (paidOn.isBefore(invoice.issueDate())) {
                context.errors().reject(row, Fields.PAID_ON, "import.error.paymentBeforeIssue",
                        DateFormats.example(context.mapping().dateFormat(), invoice.issueDate()));
            } else if (invoice.hasPayment(paidOn, amount)) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                payments.add(new NewPayment(invoice.id(), paidOn, amount));
                context.done(row, ImportRow.Action.CREATE);
            }
        }
        store.insertPayments(payments, context.runId());
    }

    private static InvoiceKey invoiceKey(ImportRow row) {
        return new InvoiceKey(row.clientId(), row.text(Fields.INVOICE_NUMBER));
    }
}
