package app.criba.sample;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.account.AppUser;
import app.criba.account.Users;
import app.criba.client.Clients;
import app.criba.dispute.PaymentDisputes;
import app.criba.gutcheck.GutChecks;
import app.criba.invoice.Invoices;
import app.criba.recommendation.Recommendations;
import app.criba.system.ClientDataChanged;
import app.criba.system.ConflictException;

/**
 * Loads an invented, realistic portfolio into an installation without clients, so that a new
 * user can see Criba at work before importing their own data: about 40 clients ({@link Roster})
 * with 24 months of invoices, payments, time entries, interactions, disputes, recommendations and
 * gut checks ending on the given day. The data is the same for the same day and the same user
 * accounts, because every client's records come from a random generator with a fixed seed.
 */
@Service
public class SamplePortfolio {

    /** The seed of the random generators; client number n uses SEED + n. */
    static final long SEED = 20_240_917L;

    private static final Logger log = LoggerFactory.getLogger(SamplePortfolio.class);

    private final Clients clients;
    private final Invoices invoices;
    private final PaymentDisputes disputes;
    private final Recommendations recommendations;
    private final GutChecks gutChecks;
    private final Users users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    SamplePortfolio(Clients clients, Invoices invoices, PaymentDisputes disputes, Recommendations recommendations,
            GutChecks gutChecks, Users users, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.clients = clients;
        this.invoices = invoices;
        this.disputes = disputes;
        this.recommendations = recommendations;
        this.gutChecks = gutChecks;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Writes the sample portfolio with its history ending on {@code today}, then publishes one
     * {@link ClientDataChanged} with every new client so that they are scored.
     *
     * @throws ConflictException with code {@code sample.notEmpty} when any client exists already
     */
    @Transactional
    public SampleSummary load(LocalDate today) {
        // The lock makes a second, concurrent load wait for this one and then find the clients.
        jdbc.execute("lock table client in exclusive mode");
        long existing = clients.count();
        if (existing > 0) {
            throw new ConflictException("sample.notEmpty",
                    "the sample portfolio needs an installation without clients, but " + existing + " exist");
        }

        long started = System.nanoTime();
        List<Long> staff = users.findAllEnabled().stream().map(AppUser::getId).toList();
        SampleRecords records = new SampleRecords(clients, invoices, disputes, recommendations, gutChecks, jdbc, staff);
        for (int i = 0; i < Roster.CLIENTS.size(); i++) {
            SampleHistory history = SampleHistory.begin(Roster.CLIENTS.get(i), i + 1, today, SEED, records);
            InvoiceWriter.write(history);
            ActivityWriter.write(history);
            AdviceWriter.write(history);
            IncidentWriter.write(history);
        }
        records.flush();

        SampleSummary summary = records.summary();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Loaded the sample portfolio ending on {} in {} ms: {} clients, {} invoices ({} credit notes) "
                + "with {} payments, {} time entries, {} interactions, {} payment disputes, {} recommendations, "
                + "{} gut checks", today, millis, summary.clients(), summary.invoices(), summary.creditNotes(),
                summary.payments(), summary.timeEntries(), summary.interactions(), summary.disputes(),
                summary.recommendations(), summary.gutChecks());
        events.publishEvent(new ClientDataChanged(records.clientIds()));
        return summary;
    }
}
