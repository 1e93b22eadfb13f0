package app.criba.portfolio;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.activity.Interactions;
import app.criba.activity.TimeEntries;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.InvoiceLedger;
import app.criba.invoice.Invoices;
import app.criba.portfolio.ClientHistory.PaymentLine;
import app.criba.recommendation.Recommendations;
import app.criba.system.NotFoundException;

/** Loads a client's records as they stood on a date; later records are left out. */
@Service
public class ClientHistoryService {

    private final Clients clients;
    private final Users users;
    private final InvoiceLedger ledger;
    private final Invoices invoices;
    private final TimeEntries timeEntries;
    private final Interactions interactions;
    private final PaymentDisputes disputes;
    private final Recommendations recommendations;
    private final GutChecks gutChecks;

    ClientHistoryService(Clients clients, Users users, InvoiceLedger ledger, Invoices invoices, TimeEntries timeEntries,
            Interactions interactions, PaymentDisputes disputes, Recommendations recommendations,
            GutChecks gutChecks) {
        this.clients = clients;
        this.users = users;
        this.ledger = ledger;
        this.invoices = invoices;
        this.timeEntries = timeEntries;
        this.interactions = interactions;
        this.disputes = disputes;
        this.recommendations = recommendations;
        this.gutChecks = gutChecks;
    }

    @Transactional(readOnly = true)
    public ClientHistory load(long clientId, LocalDate asOf) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
        Map<Long, String> userNames = users.findAll().stream()
                .collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
        List<PaymentLine> payments = invoices.findByClientIdOrderByIssueDateDesc(clientId).stream()
                .flatMap(invoice -> invoice.getPayments().stream()
                        .filter(payment -> !payment.getPaidOn().isAfter(asOf))
                        .map(payment -> new PaymentLine(invoice.getNumber(), payment.getPaidOn(), payment.getAmount())))
                .sorted(Comparator.comparing(PaymentLine::paidOn).reversed())
                .toList();
        return new ClientHistory(client, userNames.get(client.getAccountManagerId()), ledger.forClient(clientId, asOf),
                payments,
                timeEntries.findByClientIdOrderByWorkedOnDesc(clientId).stream()
                        .filter(entry -> !entry.getWorkedOn().isAfter(asOf)).toList(),
                interactions.findByClientIdOrderByOccurredAtDesc(clientId).stream()
                        .filter(interaction -> !interaction.getOccurredAt().toLocalDate().isAfter(asOf)).toList(),
                disputes.findByClientIdOrderByOpenedOnDesc(clientId).stream()
                        .filter(dispute -> !dispute.getOpenedOn().isAfter(asOf)).toList(),
                recommendations.findByClientIdOrderByProposedOnDesc(clientId).stream()
                        .filter(recommendation -> !recommendation.getProposedOn().isAfter(asOf)).toList(),
                gutChecks.findByClientIdOrderByRatedOnDesc(clientId).stream()
                        .filter(check -> !check.getRatedOn().isAfter(asOf)).toList(),
                userNames);
    }
}
