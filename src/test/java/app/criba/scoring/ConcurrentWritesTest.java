package app.criba.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.activity.ActivityService;
import app.criba.activity.InteractionKind;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeService;
import app.criba.invoice.Invoices;
import app.criba.scoring.engine.Scorecard;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many people log interactions and disputes on the same few clients at once, through the services
 * the forms call. Every call that returned must have stored its row, and each client's stored
 * score must equal a fresh computation from the stored records. The run lasts
 * {@code criba.test.concurrentWrites.seconds} seconds (default 30); pass
 * {@code -Dcriba.test.concurrentWrites.seconds=3} for a quick run.
 */
@IntegrationTest
class ConcurrentWritesTest {

    private static final int THREADS = 32;
    private static final int CLIENTS = 3;

    @Autowired
    ActivityService activity;

    @Autowired
    DisputeService disputes;

    @Autowired
    ScoringService scoring;

    @Autowired
    Clients clients;

    @Autowired
    Invoices invoices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private final List<Long> clientIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        LocalDate today = scoring.today();
        for (int i = 0; i < CLIENTS; i++) {
            Client client = TestRecords.client(clients, "Concurrent " + i, ContractType.MANAGED, 10 + i);
            TestRecords.monthlyInvoices(invoices, client, "1500.00", 5 * i, today);
            clientIds.add(client.getId());
        }
        scoring.rescore(clientIds);
    }

    @Test
    void concurrentLoggingKeepsRowsAndScores() throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("criba.test.concurrentWrites.seconds", 30));
        long deadline = System.nanoTime() + duration.toNanos();
        LocalDate today = scoring.today();
        AtomicInteger interactionsLogged = new AtomicInteger();
        AtomicInteger disputesOpened = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Queue<String> staleScores = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();

        // All threads write at the same moment, round after round, so that transactions on one
        // client overlap as much as the connection pool allows. Between rounds, while nothing
        // writes, the barrier's action compares each stored score with a fresh computation.
        CyclicBarrier round = new CyclicBarrier(THREADS, () -> {
            rounds.incrementAndGet();
            staleScores.addAll(staleScores(today));
            stop.set(System.nanoTime() > deadline || !failures.isEmpty() || !staleScores.isEmpty());
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int thread = 0; thread < THREADS; thread++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (true) {
                    try {
                        round.await();
                    } catch (InterruptedException | BrokenBarrierException broken) {
                        failures.add(broken);
                        return;
                    }
                    if (stop.get()) {
                        return;
                    }
                    try {
                        logSomething(random, today, interactionsLogged, disputesOpened);
                    } catch (RuntimeException failure) {
                        failures.add(failure);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(staleScores).isEmpty();
        assertThat(rounds.get()).isGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(*) from interaction", Integer.class))
                .isEqualTo(interactionsLogged.get());
        assertThat(jdbc.queryForObject("select count(*) from payment_dispute", Integer.class))
                .isEqualTo(disputesOpened.get());
        assertThat(interactionsLogged.get() + disputesOpened.get()).isEqualTo((rounds.get() - 1) * THREADS);
    }

    private void logSomething(ThreadLocalRandom random, LocalDate today, AtomicInteger interactionsLogged,
            AtomicInteger disputesOpened) {
        long clientId = clientIds.get(random.nextInt(clientIds.size()));
        if (random.nextBoolean()) {
            InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
            activity.logInteraction(clientId, today.minusDays(random.nextInt(300)).atTime(22, 15), kind,
                    random.nextBoolean(), "Logged under load");
            interactionsLogged.incrementAndGet();
        } else {
            disputes.open(clientId, null, today.minusDays(random.nextInt(300)),
                    BigDecimal.valueOf(random.nextInt(1, 5000)), "Disputed under load", false);
            disputesOpened.incrementAndGet();
        }
    }

    /** Describes each client whose stored scorecard differs from one computed now from its records. */
    private List<String> staleScores(LocalDate today) {
        List<String> stale = new ArrayList<>();
        for (long clientId : clientIds) {
            Scorecard fresh = scoring.scoreClient(clientId, today).orElseThrow();
            String stored = jdbc.queryForObject("select scorecard::text from client_score where client_id = ?",
                    String.class, clientId);
            if (!json.readTree(stored).equals(json.readTree(json.writeValueAsString(fresh)))) {
                stale.add("client " + clientId + " stored " + stored + " but computed " + json.writeValueAsString(fresh));
            }
        }
        return stale;
    }
}
