package app.criba.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice as it stood on a given date: what had been paid by then, when it was settled
 * (null while unsettled) and how many days after its due date it was paid, before any grace
 * period. An unsettled invoice counts its days late up to that date.
 */
public record InvoiceLine(Long id, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
        BillingMethod billingMethod, InvoiceKind kind, BigDecimal paid, LocalDate settledOn, long daysLate) {

    public BigDecimal balance() {
        return amount.subtract(paid);
    }

    public boolean isSettled() {
        return settledOn != null;
    }
}
