package app.criba.gutcheck;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    GutCheckService(GutChecks gutChecks, ClientService clients, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.gutChecks = gutChecks;
        this.clients = clients;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional
    public GutCheck record(Long clientId, LocalDate ratedOn, Grade grade, String comment) {
        clients.get(clientId);
        Long raterId = currentUser.find().map(AppUser::getId).orElse(null);
        GutCheck gutCheck = gutChecks.save(new GutCheck(clientId, ratedOn, grade, raterId, comment));
        events.publishEvent(ClientDataChanged.of(clientId));
        return gutCheck;
    }
}
