package app.criba.client;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;
import app.criba.system.ClientDataChanged;
import app.criba.system.NotFoundException;
import app.criba.system.PlainText;

/** Creates and edits clients, and finds the client that a page or a record belongs to. */
@Service
public class ClientService {

    private static final Logger log = LoggerFactory.getLogger(ClientService.class);

    private final Clients clients;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ClientService(Clients clients, ApplicationEventPublisher events, AuditLog audit) {
        this.clients = clients;
        this.events = events;
        this.audit = audit;
    }

    /** Returns the client, or throws {@link NotFoundException} (a 404 page) when no client has this id. */
    @Transactional(readOnly = true)
    public Client get(Long clientId) {
        return clients.findById(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }

    /**
     * Tells whether another client that is not former already uses this name, ignoring case. A
     * former client's name is free again, and so is any name for a client that is itself former.
     */
    @Transactional(readOnly = true)
    public boolean isNameTaken(String name, ClientStatus status, Long exceptClientId) {
        if (name == null || PlainText.strip(name).isEmpty() || status == ClientStatus.FORMER) {
            return false;
        }
        return clients.findCurrentByName(PlainText.strip(name))
                .filter(other -> !other.getId().equals(exceptClientId))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isExternalRefTaken(String externalRef, Long exceptClientId) {
        if (externalRef == null || PlainText.strip(externalRef).isEmpty()) {
            return false;
        }
        return clients.findByExternalRef(PlainText.strip(externalRef))
                .filter(other -> !other.getId().equals(exceptClientId))
                .isPresent();
    }

    @Transactional
    public Client create(ClientDetails details) {
        Client client = new Client(details.name(), details.contractType());
        client.update(details);
        clients.save(client);
        log.info("Created client {} ({})", client.getId(), client.getName());
        audit.record(AuditEntry.created(AuditKind.CLIENT, client.getId(), client.getId(), auditValues(client)));
        events.publishEvent(ClientDataChanged.of(client.getId()));
        return client;
    }

    /**
     * Saves the edited fields, unless someone saved the client after the form was opened: then
     * {@code expectedVersion} no longer matches and nothing is written (a 409 page).
     */
    @Transactional
    public Client update(Long clientId, Long expectedVersion, ClientDetails details) {
        Client client = get(clientId);
        if (!Objects.equals(expectedVersion, client.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Client.class, clientId);
        }
        AuditValues before = auditValues(client);
        client.update(details);
        audit.record(AuditEntry.updated(AuditKind.CLIENT, clientId, clientId, before, auditValues(client)));
        events.publishEvent(ClientDataChanged.of(clientId));
        return client;
    }

    private static AuditValues auditValues(Client client) {
        return AuditValues.of()
                .put("name", client.getName())
                .put("externalRef", client.getExternalRef())
                .put("contractType", client.getContractType())
                .put("seats", client.getSeats())
                .put("clientSince", client.getClientSince())
                .put("contactName", client.getContactName())
                .put("contactEmail", client.getContactEmail())
                .put("letterLanguage", client.getLetterLanguage())
                .put("noticePeriodDays", client.getNoticePeriodDays())
                .put("status", client.getStatus())
                .put("notes", client.getNotes())
                .put("accountManagerId", client.getAccountManagerId());
    }
}
