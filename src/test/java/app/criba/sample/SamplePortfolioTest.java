package app.criba.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.criba.activity.InteractionKind;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;
import app.criba.invoice.InvoiceLedger;
import app.criba.invoice.InvoiceLine;
import app.criba.recommendation.RecommendationResponse;
import app.criba.scoring.Grade;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.system.ClientDataChanged;
import app.criba.system.ConflictException;

@IntegrationTest
@RecordApplicationEvents
class SamplePortfolioTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    /** Every table the sample writes to, with the columns that hold record dates. */
    static final Map<String, String> DATE_COLUMNS = Map.of(
            "invoice", "issue_date", "payment", "paid_on", "time_entry", "worked_on",
            "interaction", "occurred_at::date", "payment_dispute", "coalesce(resolved_on, opened_on)",
            "recommendation", "coalesce(responded_on, proposed_on)", "gut_check", "rated_on");

    @Autowired
    SamplePortfolio samplePortfolio;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @Autowired
    InvoiceLedger ledger;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void loadCreatesAboutFortyClients() {
        SampleSummary summary = samplePortfolio.load(TODAY);

        assertThat(clients.count()).isBetween(38L, 45L).isEqualTo(Roster.CLIENTS.size());
        assertThat(summary.clients()).isEqualTo(Roster.CLIENTS.size());
        assertThat(distinct("select contract_type from client")).containsExactlyInAnyOrder(names(ContractType.values()));
        assertThat(distinct("select letter_language from client")).containsExactlyInAnyOrder("es", "en");
        assertThat(distinct("select substring(contact_email from '@(.*)$') from client"))
                .containsExactlyInAnyOrder("example.es", "example.com");
        assertThat(count("select count(*) from client where notes is null or seats < 1 or client_since is null")).isZero();
    }

    @Test
    void summaryMatchesTheTables() {
        SampleSummary summary = samplePortfolio.load(TODAY);

        assertThat(count("select count(*) from invoice")).isEqualTo(summary.invoices());
        assertThat(count("select count(*) from invoice where amount < 0")).isEqualTo(summary.creditNotes());
        assertThat(count("select count(*) from payment")).isEqualTo(summary.payments());
        assertThat(count("select count(*) from time_entry")).isEqualTo(summary.timeEntries());
        assertThat(count("select count(*) from interaction")).isEqualTo(summary.interactions());
        assertThat(count("select count(*) from payment_dispute")).isEqualTo(summary.disputes());
        assertThat(count("select count(*) from recommendation")).isEqualTo(summary.recommendations());
        assertThat(count("select count(*) from gut_check")).isEqualTo(summary.gutChecks());
    }

    @Test
    void loadCoversEveryKindOfRecord() {
        samplePortfolio.load(TODAY);

        assertThat(distinct("select kind from invoice")).containsExactlyInAnyOrder(names(InvoiceKind.values()));
        assertThat(distinct("select billing_method from invoice")).containsExactlyInAnyOrder(names(BillingMethod.values()));
        assertThat(count("select count(*) from invoice where amount < 0")).as("credit notes").isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from payment")).isPositive();
        assertThat(count("select count(*) from invoice i where (select count(*) from payment p where p.invoice_id = i.id) = 2"))
                .as("invoices paid in two instalments").isPositive();
        assertThat(distinct("select kind from interaction")).containsExactlyInAnyOrder(names(InteractionKind.values()));
        assertThat(distinct("select kind from interaction where after_hours")).contains("EMERGENCY_CALL", "PHONE_CALL");
        assertThat(distinct("select after_hours::text from time_entry")).containsExactlyInAnyOrder("true", "false");
        assertThat(distinct("select billable::text from time_entry")).containsExactlyInAnyOrder("true", "false");
        assertThat(distinct("select status from payment_dispute")).containsExactlyInAnyOrder(names(DisputeStatus.values()));
        assertThat(distinct("select response from recommendation"))
                .containsExactlyInAnyOrder(names(RecommendationResponse.values()));
        assertThat(distinct("select grade from gut_check")).containsExactlyInAnyOrder(names(Grade.values()));
    }

    @Test
    void unansweredRecommendationsAreBothFreshAndOld() {
        samplePortfolio.load(TODAY);

        String unanswered = "select count(*) from recommendation where response = 'NONE' and proposed_on ";
        assertThat(count(unanswered + "> ?", TODAY.minusDays(30))).as("younger than 30 days").isPositive();
        assertThat(count(unanswered + "<= ?", TODAY.minusDays(30))).as("30 days or older").isPositive();
    }

    @Test
    void recordsFallWithinTwentyFourMonths() {
        samplePortfolio.load(TODAY);

        DATE_COLUMNS.forEach((table, column) -> {
            LocalDate first = jdbc.queryForObject("select min(" + column + ") from " + table, LocalDate.class);
            LocalDate last = jdbc.queryForObject("select max(" + column + ") from " + table, LocalDate.class);
            assertThat(first).as("first %s.%s", table, column).isAfter(TODAY.minusMonths(24));
            assertThat(last).as("last %s.%s", table, column).isBeforeOrEqualTo(TODAY);
        });
        assertThat(count("select count(*) from client where client_since > ?", TODAY)).isZero();
        assertThat(count("select count(*) from interaction where occurred_at >= ?", TODAY.atStartOfDay()))
                .as("interactions on the day of the load").isZero();
    }

    @Test
    void youngClientsHaveNoRecordsBeforeTheyJoined() {
        samplePortfolio.load(TODAY);

        assertThat(count("select count(*) from client where client_since > ?", TODAY.minusMonths(12)))
                .as("clients younger than 12 months").isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from client c
                where exists (select 1 from invoice i where i.client_id = c.id and i.issue_date < c.client_since)
                   or exists (select 1 from time_entry t where t.client_id = c.id and t.worked_on < c.client_since)
                   or exists (select 1 from interaction x where x.client_id = c.id and x.occurred_at::date < c.client_since)
                """)).isZero();
    }

    @Test
    void emergencyCallerLeftItsLatestInvoicesUnpaid() {
        samplePortfolio.load(TODAY);
        Client caller = clients.findCurrentByName(Roster.EMERGENCY_CALLER_NAME).orElseThrow();

        List<InvoiceLine> unpaid = ledger.forClient(caller.getId(), TODAY).stream()
                .filter(line -> line.balance().signum() > 0).toList();
        LocalDate oldestDue = unpaid.stream().map(InvoiceLine::dueDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastPayment = jdbc.queryForObject("""
                select max(p.paid_on) from payment p join invoice i on i.id = p.invoice_id where i.client_id = ?
                """, LocalDate.class, caller.getId());

        assertThat(caller.getContractType()).isEqualTo(ContractType.BREAK_FIX);
        assertThat(unpaid).hasSizeGreaterThanOrEqualTo(3);
        assertThat(oldestDue).isBefore(TODAY.minusDays(90));
        assertThat(lastPayment).isBefore(TODAY.minusMonths(3));
        assertThat(count("""
                select count(*) from interaction where client_id = ? and kind = 'EMERGENCY_CALL' and after_hours
                  and occurred_at::time between '21:30' and '23:30' and occurred_at::date > ?
                """, caller.getId(), TODAY.minusMonths(12))).as("late-evening emergency calls this year").isGreaterThan(12);
        assertThat(count("select count(*) from interaction where client_id = ? and kind = 'SELF_INFLICTED_INCIDENT'",
                caller.getId())).isPositive();
    }

    @Test
    void chargeRefuserHasSignedWriteOff() {
        samplePortfolio.load(TODAY);
        Client refuser = clients.findCurrentByName(Roster.CHARGE_REFUSER_NAME).orElseThrow();

        assertThat(count("""
                select count(*) from payment_dispute
                where client_id = ? and status = 'WRITTEN_OFF' and signed_agreement and invoice_id is not null
                  and opened_on > ? and resolved_on <= ?
                """, refuser.getId(), TODAY.minusMonths(12), TODAY)).isEqualTo(1);
    }

    @Test
    void secondLoadIsRejectedAndWritesNothing() {
        samplePortfolio.load(TODAY);
        Map<String, Integer> before = rowCounts();

        assertThatThrownBy(() -> samplePortfolio.load(TODAY.plusDays(1)))
                .isInstanceOf(ConflictException.class)
                .extracting(exception -> ((ConflictException) exception).messageCode())
                .isEqualTo("sample.notEmpty");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void loadIsRejectedWhenAnyClientExists() {
        clients.save(new Client("Cliente Real", ContractType.MANAGED));

        assertThatThrownBy(() -> samplePortfolio.load(TODAY)).isInstanceOf(ConflictException.class);
        assertThat(clients.count()).isEqualTo(1);
        assertThat(count("select count(*) from invoice")).isZero();
    }

    @Test
    void concurrentLoadsWriteOnePortfolio() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SampleSummary>> loads = pool.invokeAll(List.of(() -> samplePortfolio.load(TODAY),
                    () -> samplePortfolio.load(TODAY)));
            int rejected = 0;
            for (Future<SampleSummary> load : loads) {
                try {
                    load.get();
                } catch (ExecutionException failure) {
                    assertThat(failure.getCause()).isInstanceOf(ConflictException.class);
                    rejected++;
                }
            }
            assertThat(rejected).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(clients.count()).isEqualTo(Roster.CLIENTS.size());
    }

    @Test
    void sameDayGivesSameData() {
        samplePortfolio.load(TODAY);
        Map<String, List<Map<String, Object>>> first = snapshot();
        DatabaseCleaner.clean(jdbc);
        samplePortfolio.load(TODAY);

        Map<String, List<Map<String, Object>>> second = snapshot();
        for (String table : first.keySet()) {
            assertThat(second.get(table)).as(table).isEqualTo(first.get(table));
        }
    }

    @Test
    void publishesOneChangeNamingEveryClient() {
        samplePortfolio.load(TODAY);

        List<ClientDataChanged> changes = events.stream(ClientDataChanged.class).toList();
        Set<Long> clientIds = clients.findAll().stream().map(Client::getId).collect(Collectors.toSet());
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).clientIds()).isEqualTo(clientIds);
    }

    private Map<String, Integer> rowCounts() {
        return Map.of("client", count("select count(*) from client"),
                "invoice", count("select count(*) from invoice"),
                "payment", count("select count(*) from payment"),
                "time_entry", count("select count(*) from time_entry"),
                "interaction", count("select count(*) from interaction"),
                "payment_dispute", count("select count(*) from payment_dispute"),
                "recommendation", count("select count(*) from recommendation"),
                "gut_check", count("select count(*) from gut_check"));
    }

    /** Reads every sample row without generated ids or insert times, with the client's name in place of its id. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of(
                "client", jdbc.queryForList("""
                        select name, external_ref, contract_type, seats, client_since, contact_name, contact_email,
                               letter_language, notice_period_days, status, notes, account_manager_id
                        from client order by name"""),
                "invoice", jdbc.queryForList("""
                        select c.name, i.number, i.issue_date, i.due_date, i.amount, i.billing_method, i.kind
                        from invoice i join client c on c.id = i.client_id order by c.name, i.number"""),
                "payment", jdbc.queryForList("""
                        select c.name, i.number, p.paid_on, p.amount
                        from payment p join invoice i on i.id = p.invoice_id join client c on c.id = i.client_id
                        order by c.name, i.number, p.paid_on, p.amount"""),
                "time_entry", jdbc.queryForList("""
                        select c.name, t.worked_on, t.minutes, t.technician, t.billable, t.after_hours, t.note
                        from time_entry t join client c on c.id = t.client_id order by 1, 2, 3, 4, 5, 6, 7"""),
                "interaction", jdbc.queryForList("""
                        select c.name, x.occurred_at, x.kind, x.after_hours, x.note
                        from interaction x join client c on c.id = x.client_id order by 1, 2, 3, 4, 5"""),
                "payment_dispute", jdbc.queryForList("""
                        select c.name, i.number, d.opened_on, d.amount, d.reason, d.signed_agreement, d.status,
                               d.resolved_on, d.resolution_note
                        from payment_dispute d join client c on c.id = d.client_id left join invoice i on i.id = d.invoice_id
                        order by 1, 2, 3"""),
                "recommendation", jdbc.queryForList("""
                        select c.name, r.proposed_on, r.title, r.estimated_value, r.response, r.responded_on
                        from recommendation r join client c on c.id = r.client_id order by 1, 2, 3"""),
                "gut_check", jdbc.queryForList("""
                        select c.name, g.rated_on, g.grade, g.comment
                        from gut_check g join client c on c.id = g.client_id order by 1, 2"""));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private Set<String> distinct(String sql) {
        return new HashSet<>(jdbc.queryForList(sql, String.class));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
