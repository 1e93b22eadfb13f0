package app.criba.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

/**
 * One checked row of an import. settledOn is null for an unpaid invoice. billingMethod and
 * kind are null when the mapping has no column for them, so that an update keeps what the
 * invoice has.
 */
record InvoiceRow(int line, String client, String number, LocalDate issueDate, LocalDate dueDate,
        BigDecimal amount, LocalDate settledOn, boolean disputed, BillingMethod billingMethod, InvoiceKind kind) {
}
