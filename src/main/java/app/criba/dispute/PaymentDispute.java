package app.criba.dispute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.criba.system.ConflictException;

/** A client's refusal to pay (part of) an invoice, from its opening to its resolution. */
@Entity
@Table(name = "payment_dispute")
public class PaymentDispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private Long invoiceId;

    private LocalDate openedOn;

    private BigDecimal amount;

    private String reason;

    private boolean signedAgreement;

    @Enumerated(EnumType.STRING)
    private DisputeStatus status;

    private LocalDate resolvedOn;

    private String resolutionNote;

    private Long loggedById;

    @Version
    private long version;

    protected PaymentDispute() {
    }

    public PaymentDispute(Long clientId, Long invoiceId, LocalDate openedOn, BigDecimal amount, String reason,
            boolean signedAgreement, Long loggedById) {
        this.clientId = clientId;
        this.invoiceId = invoiceId;
        this.openedOn = openedOn;
        this.amount = amount.setScale(2, RoundingMode.HALF_EVEN);
        this.reason = reason.trim();
        this.signedAgreement = signedAgreement;
        this.status = DisputeStatus.OPEN;
        this.loggedById = loggedById;
    }

    /** Closes the dispute; a dispute is resolved once, and never before it was opened. */
    public void resolve(DisputeStatus outcome, LocalDate on, String note) {
        if (status != DisputeStatus.OPEN) {
            throw new ConflictException("error.409.disputeResolved", "dispute " + id + " is already " + status);
        }
        close(outcome, on, note);
    }

    /**
     * Replaces the resolution of a resolved dispute. Only for a person who has seen the current
     * resolution (their form carries its version) and chose to apply theirs instead.
     */
    public void reviseResolution(DisputeStatus outcome, LocalDate on, String note) {
        if (status == DisputeStatus.OPEN) {
            throw new IllegalStateException("dispute " + id + " is open, so it has no resolution to revise");
        }
        close(outcome, on, note);
    }

    private void close(DisputeStatus outcome, LocalDate on, String note) {
        if (outcome == DisputeStatus.OPEN) {
            throw new IllegalArgumentException("a resolution cannot be OPEN");
        }
        if (on.isBefore(openedOn)) {
            throw new IllegalArgumentException("resolved on " + on + " before opened on " + openedOn);
        }
        this.status = outcome;
        this.resolvedOn = on;
        this.resolutionNote = note == null || note.isBlank() ? null : note.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public boolean isSignedAgreement() {
        return signedAgreement;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Long getLoggedById() {
        return loggedById;
    }

    public long getVersion() {
        return version;
    }
}
