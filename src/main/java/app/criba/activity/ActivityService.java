package app.criba.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;
import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.client.ClientService;
import app.criba.system.ClientDataChanged;

/** Logs contacts with a client and technician time spent on it. */
@Service
public class ActivityService {

    private final Interactions interactions;
    private final TimeEntries timeEntries;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ActivityService(Interactions interactions, TimeEntries timeEntries, ClientService clients, CurrentUser currentUser,
            ApplicationEventPublisher events, AuditLog audit) {
        this.interactions = interactions;
        this.timeEntries = timeEntries;
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    /** Logs a contact with the client, recording the signed-in user as the one who logged it. */
    @Transactional
    public Interaction logInteraction(Long clientId, LocalDateTime occurredAt, InteractionKind kind, boolean afterHours,
            String note) {
        clients.get(clientId);
        Long loggedBy = currentUser.find().map(AppUser::getId).orElse(null);
        Interaction interaction = interactions.save(new Interaction(clientId, occurredAt, kind, afterHours, note, loggedBy));
        audit.record(AuditEntry.created(AuditKind.INTERACTION, interaction.getId(), clientId, AuditValues.of()
                .put("occurredAt", interaction.getOccurredAt())
                .put("kind", interaction.getKind())
                .put("afterHours", interaction.isAfterHours())
                .put("note", interaction.getNote())));
        events.publishEvent(ClientDataChanged.of(clientId));
        return interaction;
    }

    @Transactional
    public TimeEntry logTime(Long clientId, LocalDate workedOn, int minutes, String technician, boolean billable,
            boolean afterHours, String note) {
        clients.get(clientId);
        TimeEntry entry = timeEntries.save(new TimeEntry(clientId, workedOn, minutes, technician, billable, afterHours,
                note));
        audit.record(AuditEntry.created(AuditKind.TIME_ENTRY, entry.getId(), clientId, AuditValues.of()
                .put("workedOn", entry.getWorkedOn())
                .put("minutes", entry.getMinutes())
                .put("technician", entry.getTechnician())
                .put("billable", entry.isBillable())
                .put("afterHours", entry.isAfterHours())
                .put("note", entry.getNote())));
        events.publishEvent(ClientDataChanged.of(clientId));
        return entry;
    }
}
