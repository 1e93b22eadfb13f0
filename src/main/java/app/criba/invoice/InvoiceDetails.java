package app.criba.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Every editable field of an invoice, with the payments received against it, as the invoice form sends them. */
public record InvoiceDetails(String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
        BillingMethod billingMethod, InvoiceKind kind, List<ReceivedPayment> payments) {

    public InvoiceDetails {
        payments = List.copyOf(payments);
    }

    /** One payment: the date the money arrived and how much. */
    public record ReceivedPayment(LocalDate paidOn, BigDecimal amount) {
    }
}
