package app.criba.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invoice issued to a client, with the payments received against it. The number is text
 * because leading zeros matter; a negative amount is a credit note.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private String number;

    private LocalDate issueDate;

    private LocalDate dueDate;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private BillingMethod billingMethod;

    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false)
    @OrderBy("paidOn, id")
    private List<Payment> payments = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(Long clientId, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
            BillingMethod billingMethod, InvoiceKind kind) {
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("due date " + dueDate + " is before issue date " + issueDate);
        }
        this.clientId = clientId;
        this.number = number.trim();
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.amount = amount.setScale(2, RoundingMode.HALF_EVEN);
        this.billingMethod = billingMethod;
        this.kind = kind;
    }

    /**
     * Replaces every field and the payments at once, as the invoice form does. Rejects a due date
     * before the issue date, and a payment that is not positive or is dated before the issue date.
     * Also rejects payments that add up to more than the amount. A credit note or zero invoice
     * therefore takes no payment, because it counts as settled on its issue date.
     */
    public void update(InvoiceDetails details) {
        if (details.dueDate().isBefore(details.issueDate())) {
            throw new IllegalArgumentException(
                    "due date " + details.dueDate() + " is before issue date " + details.issueDate());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (InvoiceDetails.ReceivedPayment payment : details.payments()) {
            if (payment.amount().signum() <= 0 || payment.paidOn().isBefore(details.issueDate())) {
                throw new IllegalArgumentException("payment " + payment + " is not positive or precedes the issue date");
            }
            total = total.add(payment.amount());
        }
        if (total.signum() > 0 && total.compareTo(details.amount()) > 0) {
            throw new IllegalArgumentException("payments of " + total + " exceed the amount " + details.amount());
        }
        this.number = details.number().trim();
        this.issueDate = details.issueDate();
        this.dueDate = details.dueDate();
        this.amount = details.amount().setScale(2, RoundingMode.HALF_EVEN);
        this.billingMethod = details.billingMethod();
        this.kind = details.kind();
        payments.clear();
        details.payments().forEach(payment -> recordPayment(payment.paidOn(), payment.amount()));
    }

    public void recordPayment(LocalDate paidOn, BigDecimal paymentAmount) {
        payments.add(new Payment(paidOn, paymentAmount.setScale(2, RoundingMode.HALF_EVEN)));
    }

    /** Replaces the payments, as the invoice form does when it is saved. */
    public void replacePayments(List<Payment> newPayments) {
        payments.clear();
        newPayments.forEach(payment -> recordPayment(payment.getPaidOn(), payment.getAmount()));
    }

    public boolean hasPayment(LocalDate paidOn, BigDecimal paymentAmount) {
        return payments.stream()
                .anyMatch(payment -> payment.getPaidOn().equals(paidOn) && payment.getAmount().compareTo(paymentAmount) == 0);
    }

    /** The date the payments first add up to the amount, or null while it is not settled. */
    public LocalDate settledOn() {
        BigDecimal paid = BigDecimal.ZERO;
        for (Payment payment : payments.stream().sorted(Comparator.comparing(Payment::getPaidOn)).toList()) {
            paid = paid.add(payment.getAmount());
            if (paid.compareTo(amount) >= 0) {
                return payment.getPaidOn();
            }
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BillingMethod getBillingMethod() {
        return billingMethod;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public List<Payment> getPayments() {
        return List.copyOf(payments);
    }

    public long getVersion() {
        return version;
    }
}
