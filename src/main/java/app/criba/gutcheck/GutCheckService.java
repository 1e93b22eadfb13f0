package app.criba.gutcheck;

import java.time.LocalDate;

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
import app.criba.scoring.Grade;
import app.criba.system.ClientDataChanged;

/** Records the caller-ID test, with the signed-in user as the rater. */
@Service
public class GutCheckService {

    private final GutChecks gutChecks;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    GutCheckService(GutChecks gutChecks, ClientService clients, CurrentUser currentUser,
            ApplicationEventPublisher events, AuditLog audit) {
        this.gutChecks = gutChecks;
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public GutCheck record(Long clientId, LocalDate ratedOn, Grade grade, String comment) {
        clients.get(clientId);
        Long raterId = currentUser.find().map(AppUser::getId).orElse(null);
        GutCheck gutCheck = gutChecks.save(new GutCheck(clientId, ratedOn, grade, raterId, comment));
        audit.record(AuditEntry.created(AuditKind.GUT_CHECK, gutCheck.getId(), clientId, AuditValues.of()
                .put("ratedOn", gutCheck.getRatedOn())
                .put("grade", gutCheck.getGrade())
                .put("comment", gutCheck.getComment())));
        events.publishEvent(ClientDataChanged.of(clientId));
        return gutCheck;
    }
}
