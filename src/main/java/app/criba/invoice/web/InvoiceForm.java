package app.criba.invoice.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceDetails;
import app.criba.invoice.InvoiceDetails.ReceivedPayment;
import app.criba.invoice.InvoiceKind;
import app.criba.system.EditConflict;
import app.criba.system.EditConflict.DatedAmount;
import app.criba.system.FormErrors;
import app.criba.system.PlausibleDate;

/**
 * Fields of the invoice form. The amount fits numeric(14,2) and may be negative for a credit
 * note. The form always offers {@value #BLANK_ROWS} blank payment rows after the
 * existing payments.
 */
record InvoiceForm(
        @NotBlank @Size(max = 60) String number,
        @NotNull @PlausibleDate LocalDate issueDate,
        @NotNull @PlausibleDate LocalDate dueDate,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull BillingMethod billingMethod,
        @NotNull InvoiceKind kind,
        @Valid List<PaymentRow> payments,
        Long version) {

    static final int BLANK_ROWS = 2;

    InvoiceForm {
        // A request that skips row numbers (payments[4] without payments[3]) leaves gaps in the list.
        payments = payments == null ? List.of()
                : payments.stream().map(row -> row == null ? PaymentRow.blank() : row).toList();
    }

    static InvoiceForm empty(LocalDate today) {
        return new InvoiceForm("", today, today.plusDays(30), null, BillingMethod.ELECTRONIC, InvoiceKind.RECURRING,
                withBlankRows(List.of()), null);
    }

    static InvoiceForm of(Invoice invoice) {
        List<PaymentRow> rows = invoice.getPayments().stream()
                .map(payment -> new PaymentRow(payment.getPaidOn(), payment.getAmount()))
                .toList();
        return new InvoiceForm(invoice.getNumber(), invoice.getIssueDate(), invoice.getDueDate(), invoice.getAmount(),
                invoice.getBillingMethod(), invoice.getKind(), withBlankRows(rows), invoice.getVersion());
    }

    private static List<PaymentRow> withBlankRows(List<PaymentRow> rows) {
        List<PaymentRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(PaymentRow.blank());
        }
        return all;
    }

    /**
     * Rejects what a single field cannot check: a due date before the issue date, a half-filled
     * payment row, and a payment that is not positive or precedes the issue date. Like the import,
     * it rejects a payment dated after today, because money not yet received is no payment. Also
     * rejects payments that add up to more than the amount, which means any payment on a credit
     * note.
     */
    void checkConsistency(BindingResult errors, LocalDate today) {
        if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
            FormErrors.reject(errors, "dueDate", "invoice.error.dueBeforeIssue");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < payments.size(); i++) {
            PaymentRow row = payments.get(i);
            String path = "payments[" + i + "].";
            if (row.isBlank() || errors.hasFieldErrors(path + "paidOn") || errors.hasFieldErrors(path + "amount")) {
                continue;
            }
            if (row.paidOn() == null) {
                FormErrors.reject(errors, path + "paidOn", "NotNull");
            } else if (issueDate != null && row.paidOn().isBefore(issueDate)) {
                FormErrors.reject(errors, path + "paidOn", "invoice.error.paymentBeforeIssue");
            } else if (row.paidOn().isAfter(today)) {
                FormErrors.reject(errors, path + "paidOn", "invoice.error.paymentInFuture");
            }
            if (row.amount() == null) {
                FormErrors.reject(errors, path + "amount", "NotNull");
            } else if (row.amount().signum() <= 0) {
                FormErrors.reject(errors, path + "amount", "invoice.error.paymentNotPositive");
            } else {
                total = total.add(row.amount());
            }
        }
        if (amount != null && total.signum() > 0 && total.compareTo(amount) > 0) {
            FormErrors.reject(errors, "payments", amount.signum() > 0 ? "invoice.error.paymentsExceedAmount"
                    : "invoice.error.paymentOnCreditNote");
        }
    }

    /** Returns this form with the version of the invoice as stored now, so that saving it applies these values. */
    InvoiceForm withVersion(long currentVersion) {
        return new InvoiceForm(number, issueDate, dueDate, amount, billingMethod, kind, payments, currentVersion);
    }

    /** Adds each field whose typed value differs from the stored invoice; the payments count as one field. */
    EditConflict compareWith(Invoice stored, EditConflict conflict) {
        List<DatedAmount> storedPayments = stored.getPayments().stream()
                .map(payment -> new DatedAmount(payment.getPaidOn(), payment.getAmount()))
                .toList();
        List<DatedAmount> typedPayments = payments.stream()
                .filter(row -> !row.isBlank())
                .map(row -> new DatedAmount(row.paidOn(), row.amount()))
                .toList();
        return conflict.text("invoice.field.number", stored.getNumber(), number)
                .money("invoice.field.amount", stored.getAmount(), amount)
                .date("invoice.field.issueDate", stored.getIssueDate(), issueDate)
                .date("invoice.field.dueDate", stored.getDueDate(), dueDate)
                .choice("invoice.field.billingMethod", "enum.BillingMethod", stored.getBillingMethod(), billingMethod)
                .choice("invoice.field.kind", "enum.InvoiceKind", stored.getKind(), kind)
                .datedAmounts("invoice.form.payments", storedPayments, typedPayments);
    }

    InvoiceDetails toDetails() {
        List<ReceivedPayment> received = payments.stream()
                .filter(row -> !row.isBlank())
                .map(row -> new ReceivedPayment(row.paidOn(), row.amount()))
                .toList();
        return new InvoiceDetails(number, issueDate, dueDate, amount, billingMethod, kind, received);
    }
}
