package app.criba.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money received against one invoice; part of the invoice aggregate. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate paidOn;

    private BigDecimal amount;

    protected Payment() {
    }

    Payment(LocalDate paidOn, BigDecimal amount) {
        this.paidOn = paidOn;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
