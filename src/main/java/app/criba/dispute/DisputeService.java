package app.criba.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.client.ClientService;
import app.criba.invoice.InvoiceService;
import app.criba.system.ClientDataChanged;
import app.criba.system.NotFoundException;

/** Logs a client's payment disputes and resolves them. */
@Service
public class DisputeService {

    private static final Logger log = LoggerFactory.getLogger(DisputeService.class);

    private final PaymentDisputes disputes;
    private final ClientService clients;
    private final InvoiceService invoices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    DisputeService(PaymentDisputes disputes, ClientService clients, InvoiceService invoices, CurrentUser currentUser,
            ApplicationEventPublisher events, AuditLog audit) {
        this.disputes = disputes;
        this.clients = clients;
        this.invoices = invoices;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
    }

    /** Returns the client's dispute, or throws {@link NotFoundException} when it does not exist or is another client's. */
    @Transactional(readOnly = true)
    public PaymentDispute get(Long clientId, Long disputeId) {
        return disputes.findById(disputeId)
                .filter(dispute -> dispute.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("payment dispute", disputeId));
    }

    /**
     * Opens a dispute, logged by the signed-in user. The invoice is optional; when given it must be
     * one of this client's, or {@link NotFoundException} is thrown.
     */
    @Transactional
    public PaymentDispute open(Long clientId, Long invoiceId, LocalDate openedOn, BigDecimal amount, String reason,
            boolean signedAgreement) {
        clients.get(clientId);
        if (invoiceId != null) {
            invoices.get(clientId, invoiceId);
        }
        Long loggedBy = currentUser.find().map(AppUser::getId).orElse(null);
        PaymentDispute dispute = disputes.save(
                new PaymentDispute(clientId, invoiceId, openedOn, amount, reason, signedAgreement, loggedBy));
        log.info("Opened payment dispute {} for client {}", dispute.getId(), clientId);
        audit.record(AuditEntry.created(AuditKind.DISPUTE, dispute.getId(), clientId, auditValues(dispute)));
        events.publishEvent(ClientDataChanged.of(clientId));
        return dispute;
    }

    /**
     * Resolves the dispute, unless someone saved it after the form was opened: then
     * {@code expectedVersion} no longer matches and nothing is written. A matching version on a
     * resolved dispute means the person saw that resolution and chose to replace it.
     */
    @Transactional
    public PaymentDispute resolve(Long clientId, Long disputeId, Long expectedVersion, DisputeStatus outcome,
            LocalDate resolvedOn, String note) {
        PaymentDispute dispute = get(clientId, disputeId);
        if (!Objects.equals(expectedVersion, dispute.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(PaymentDispute.class, disputeId);
        }
        AuditValues before = auditValues(dispute);
        if (dispute.getStatus() == DisputeStatus.OPEN) {
            dispute.resolve(outcome, resolvedOn, note);
        } else {
            dispute.reviseResolution(outcome, resolvedOn, note);
        }
        audit.record(AuditEntry.updated(AuditKind.DISPUTE, disputeId, clientId, before, auditValues(dispute)));
        log.info("Resolved payment dispute {} of client {} as {}", disputeId, clientId, outcome);
        events.publishEvent(ClientDataChanged.of(clientId));
        return dispute;
    }

    private static AuditValues auditValues(PaymentDispute dispute) {
        return AuditValues.of()
                .put("invoiceId", dispute.getInvoiceId())
                .put("openedOn", dispute.getOpenedOn())
                .put("amount", dispute.getAmount())
                .put("reason", dispute.getReason())
                .put("signedAgreement", dispute.isSignedAgreement())
                .put("status", dispute.getStatus())
                .put("resolvedOn", dispute.getResolvedOn())
                .put("resolutionNote", dispute.getResolutionNote());
    }
}
