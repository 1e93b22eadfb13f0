package app.criba.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    ActivityService(Interactions interactions, TimeEntries timeEntries, ClientService clients, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.interactions = interactions;
        this.timeEntries = timeEntries;
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Logs a contact with the client, recording the signed-in user as the one who logged it. */
    @Transactional
    public Interaction logInteraction(Long clientId, LocalDateTime occurredAt, InteractionKind kind, boolean afterHours,
            String note) {
        clients.get(clientId);
        Long loggedBy = currentUser.find().map(AppUser::getId).orElse(null);
        Interaction interaction = interactions.save(new Interaction(clientId, occurredAt, kind, afterHours, note, loggedBy));
        events.publishEvent(ClientDataChanged.of(clientId));
        return interaction;
    }

    @Transactional
    public TimeEntry logTime(Long clientId, LocalDate workedOn, int minutes, String technician, boolean billable,
            boolean afterHours, String note) {
        clients.get(clientId);
        TimeEntry entry = timeEntries.save(new TimeEntry(clientId, workedOn, minutes, technician, billable, afterHours,
                note));
        events.publishEvent(ClientDataChanged.of(clientId));
        return entry;
    }
}
