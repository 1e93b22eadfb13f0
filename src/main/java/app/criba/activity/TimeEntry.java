package app.criba.activity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Technician time spent on a client, which drives the cost to serve it. */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private LocalDate workedOn;

    private int minutes;

    private String technician;

    private boolean billable;

    private boolean afterHours;

    private String note;

    protected TimeEntry() {
    }

    public TimeEntry(Long clientId, LocalDate workedOn, int minutes, String technician, boolean billable,
            boolean afterHours, String note) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive, was " + minutes);
        }
        this.clientId = clientId;
        this.workedOn = workedOn;
        this.minutes = minutes;
        this.technician = technician.trim();
        this.billable = billable;
        this.afterHours = afterHours;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getTechnician() {
        return technician;
    }

    public boolean isBillable() {
        return billable;
    }

    public boolean isAfterHours() {
        return afterHours;
    }

    public String getNote() {
        return note;
    }
}
