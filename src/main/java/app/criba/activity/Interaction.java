package app.criba.activity;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A contact with the client: a ticket, a call, a complaint, a referral. The time is the MSP's
 * local wall-clock time, which is what "after hours" refers to.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    private InteractionKind kind;

    private boolean afterHours;

    private String note;

    private Long loggedById;

    protected Interaction() {
    }

    public Interaction(Long clientId, LocalDateTime occurredAt, InteractionKind kind, boolean afterHours, String note,
            Long loggedById) {
        this.clientId = clientId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.afterHours = afterHours;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.loggedById = loggedById;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public boolean isAfterHours() {
        return afterHours;
    }

    public String getNote() {
        return note;
    }

    public Long getLoggedById() {
        return loggedById;
    }
}
