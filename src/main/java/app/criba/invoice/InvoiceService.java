package app.criba.invoice;

import java.util.List;
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
import app.criba.client.ClientService;
import app.criba.system.ClientDataChanged;
import app.criba.system.NotFoundException;

/** Adds and edits a client's invoices together with their payments. */
@Service
public class InvoiceService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

    private final Invoices invoices;
    private final ClientService clients;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    InvoiceService(Invoices invoices, ClientService clients, ApplicationEventPublisher events, AuditLog audit) {
        this.invoices = invoices;
        this.clients = clients;
        this.events = events;
        this.audit = audit;
    }

    /** Returns the client's invoice with its payments, or throws {@link NotFoundException} when it does not exist or is another client's. */
    @Transactional(readOnly = true)
    public Invoice get(Long clientId, Long invoiceId) {
        return invoices.findWithPaymentsById(invoiceId)
                .filter(invoice -> invoice.getClientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    }

    /** Lists the client's invoices, newest first. */
    @Transactional(readOnly = true)
    public List<Invoice> forClient(Long clientId) {
        return invoices.findByClientIdOrderByIssueDateDesc(clientId);
    }

    /** Tells whether another invoice of the client has this number; the number is compared exactly, after trimming. */
    @Transactional(readOnly = true)
    public boolean isNumberTaken(Long clientId, String number, Long exceptInvoiceId) {
        if (number == null || number.isBlank()) {
            return false;
        }
        return invoices.findByClientIdAndNumber(clientId, number.trim())
                .filter(other -> !other.getId().equals(exceptInvoiceId))
                .isPresent();
    }

    @Transactional
    public Invoice create(Long clientId, InvoiceDetails details) {
        clients.get(clientId);
        Invoice invoice = new Invoice(clientId, details.number(), details.issueDate(), details.dueDate(),
                details.amount(), details.billingMethod(), details.kind());
        invoice.update(details);
        invoices.save(invoice);
        log.info("Added invoice {} ({}) to client {}", invoice.getId(), invoice.getNumber(), clientId);
        invoices.flush();
        audit.record(AuditEntry.created(AuditKind.INVOICE, invoice.getId(), clientId, auditValues(invoice)));
        recordPayments(invoice, List.of());
        events.publishEvent(ClientDataChanged.of(clientId));
        return invoice;
    }

    /**
     * Saves the edited invoice and replaces its payments, unless someone saved it after the form
     * was opened: then {@code expectedVersion} no longer matches and nothing is written.
     */
    @Transactional
    public Invoice update(Long clientId, Long invoiceId, Long expectedVersion, InvoiceDetails details) {
        Invoice invoice = get(clientId, invoiceId);
        if (!Objects.equals(expectedVersion, invoice.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Invoice.class, invoiceId);
        }
        AuditValues before = auditValues(invoice);
        List<Payment> paymentsBefore = invoice.getPayments();
        invoice.update(details);
        invoices.flush();
        audit.record(AuditEntry.updated(AuditKind.INVOICE, invoiceId, clientId, before, auditValues(invoice)));
        recordPayments(invoice, paymentsBefore);
        events.publishEvent(ClientDataChanged.of(clientId));
        return invoice;
    }

    /**
     * Records the payments that the invoice form removed and added. The form replaces the whole
     * list, so a payment that is on both sides with the same date and amount is left out.
     */
    private void recordPayments(Invoice invoice, List<Payment> before) {
        List<Payment> after = invoice.getPayments();
        for (Payment old : before) {
            if (after.stream().noneMatch(payment -> samePayment(payment, old))) {
                audit.record(AuditEntry.deleted(AuditKind.PAYMENT, old.getId(), invoice.getClientId(),
                        auditValues(invoice, old)));
            }
        }
        for (Payment added : after) {
            if (before.stream().noneMatch(payment -> samePayment(payment, added))) {
                audit.record(AuditEntry.created(AuditKind.PAYMENT, added.getId(), invoice.getClientId(),
                        auditValues(invoice, added)));
            }
        }
    }

    private static boolean samePayment(Payment first, Payment second) {
        return first.getPaidOn().equals(second.getPaidOn()) && first.getAmount().compareTo(second.getAmount()) == 0;
    }

    private static AuditValues auditValues(Invoice invoice) {
        return AuditValues.of()
                .put("number", invoice.getNumber())
                .put("issueDate", invoice.getIssueDate())
                .put("dueDate", invoice.getDueDate())
                .put("amount", invoice.getAmount())
                .put("billingMethod", invoice.getBillingMethod())
                .put("kind", invoice.getKind());
    }

    private static AuditValues auditValues(Invoice invoice, Payment payment) {
        return AuditValues.of()
                .put("invoiceId", invoice.getId())
                .put("invoiceNumber", invoice.getNumber())
                .put("paidOn", payment.getPaidOn())
                .put("amount", payment.getAmount());
    }
}
