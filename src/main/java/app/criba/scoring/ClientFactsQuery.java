package app.criba.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.criba.scoring.engine.ClientFacts;
import app.criba.scoring.engine.ClientFacts.AdviceFacts;
import app.criba.scoring.engine.ClientFacts.ContactFacts;
import app.criba.scoring.engine.ClientFacts.DisputeFacts;
import app.criba.scoring.engine.ClientFacts.OverdueInvoice;
import app.criba.scoring.engine.ClientFacts.PunctualityFacts;
import app.criba.scoring.engine.ScoringParameters;

/**
 * Aggregates the scoring facts of many clients at once: one grouped query per kind of record,
 * never one query per client. The window is the months that end on the as-of date (start
 * excluded, as-of date included); records dated after the as-of date are ignored, so a past
 * date is seen exactly as it stood.
 */
@Component
class ClientFactsQuery {

    /**
     * The clients in scope: the given ids, or everyone when :everyone is true, leaving out former
     * clients and those that only became clients after the as-of date.
     */
    private static final String SCOPE = """
            scope as (select c.id from client c
                      where c.status <> 'FORMER' and (c.client_since is null or c.client_since <= :asOf)
                        and (:everyone or c.id in (:ids)))
            """;

    /**
     * Invoices whose dispute ended, by the as-of date, in a write-off or a credit: the MSP gave
     * up that money, and the disputes part already counts it, so neither lateness nor the
     * overdue cap counts it again.
     */
    private static final String NOT_GIVEN_UP = " not exists (select 1 from payment_dispute d"
            + " where d.invoice_id = i.id and d.status in ('WRITTEN_OFF', 'RESOLVED_CREDIT')"
            + " and d.resolved_on <= :asOf)\n";

    private static final String CLIENTS_SQL = "with " + SCOPE + """
            select c.id, c.seats, c.client_since from client c join scope s on s.id = c.id
            """;

    private static final String INVOICED_SQL = "with " + SCOPE + """
            select i.client_id, count(*) as invoices, sum(i.amount) as invoiced
            from invoice i join scope s on s.id = i.client_id
            where i.issue_date > :windowStart and i.issue_date <= :asOf
            group by i.client_id
            """;

    private static final String MINUTES_SQL = "with " + SCOPE + """
            select t.client_id, sum(t.minutes) as minutes
            from time_entry t join scope s on s.id = t.client_id
            where t.worked_on > :windowStart and t.worked_on <= :asOf
            group by t.client_id
            """;

    /**
     * Payments up to the as-of date, their running total per invoice, and from it each
     * invoice's settlement date (the first date the running total reaches the amount) and paid
     * total. Shared by the punctuality and the overdue queries.
     */
    private static final String SETTLEMENT = """
            running as (
                select p.invoice_id, p.paid_on,
                       sum(p.amount) over (partition by p.invoice_id order by p.paid_on, p.id) as running_total
                from payment p
                join invoice i on i.id = p.invoice_id
                join scope s on s.id = i.client_id
                where p.paid_on <= :asOf),
            settlement as (
                select r.invoice_id,
                       min(r.paid_on) filter (where r.running_total >= i.amount) as settled_on,
                       max(r.running_total) as paid
                from running r join invoice i on i.id = r.invoice_id
                group by r.invoice_id)
            """;

    private static final String PUNCTUALITY_SQL = "with " + SCOPE + ", " + SETTLEMENT + """
            select i.client_id,
                   count(*) as invoices,
                   count(st.settled_on) as settled,
                   sum(i.amount) as amount,
                   sum(i.amount * greatest(0, coalesce(st.settled_on, cast(:asOf as date)) - i.due_date - :graceDays))
                       as amount_days_late
            from invoice i
            join scope s on s.id = i.client_id
            left join settlement st on st.invoice_id = i.id
            where i.amount > 0 and i.due_date > :windowStart and i.due_date < :asOf and i.issue_date <= :asOf
              and""" + NOT_GIVEN_UP + """
            group by i.client_id
            """;

    private static final String OVERDUE_SQL = "with " + SCOPE + ", " + SETTLEMENT + """
            select distinct on (i.client_id)
                   i.client_id, i.id, i.number, i.due_date,
                   i.amount - coalesce(st.paid, 0) as balance,
                   cast(:asOf as date) - i.due_date as days_past_due
            from invoice i
            join scope s on s.id = i.client_id
            left join settlement st on st.invoice_id = i.id
            where i.issue_date <= :asOf and i.due_date < :asOf and i.amount - coalesce(st.paid, 0) > 0
              and""" + NOT_GIVEN_UP + """
            order by i.client_id, i.due_date, i.id
            """;

    /** A dispute resolved after the as-of date was still open on it. */
    private static final String DISPUTES_SQL = "with " + SCOPE + """
            , as_of_status as (
                select d.client_id, d.opened_on, d.signed_agreement,
                       case when d.resolved_on is null or d.resolved_on > :asOf then 'OPEN' else d.status end as status
                from payment_dispute d join scope s on s.id = d.client_id
                where d.opened_on <= :asOf)
            select client_id,
                   count(*) filter (where opened_on > :windowStart and status = 'OPEN') as open,
                   count(*) filter (where opened_on > :windowStart and status = 'RESOLVED_PAID') as resolved_paid,
                   count(*) filter (where opened_on > :windowStart and status = 'RESOLVED_CREDIT') as resolved_credit,
                   count(*) filter (where opened_on > :windowStart and status = 'WRITTEN_OFF') as written_off,
                   count(*) filter (where opened_on > :windowStart and status = 'WRITTEN_OFF' and signed_agreement)
                       as signed_write_offs,
                   max(opened_on) filter (where opened_on > :windowStart and status = 'WRITTEN_OFF' and signed_agreement)
                       as latest_signed_write_off,
                   count(*) filter (where status = 'OPEN') as open_any_time
            from as_of_status
            group by client_id
            """;

    private static final String CONTACTS_SQL = "with " + SCOPE + """
            select x.client_id,
                   count(*) filter (where x.kind = 'TICKET') as tickets,
                   count(*) filter (where x.kind = 'PHONE_CALL') as phone_calls,
                   count(*) filter (where x.kind = 'EMAIL') as emails,
                   count(*) filter (where x.kind = 'EMERGENCY_CALL') as emergency_calls,
                   count(*) filter (where x.after_hours) as after_hours,
                   count(*) filter (where x.kind = 'SELF_INFLICTED_INCIDENT') as self_inflicted,
                   count(*) filter (where x.kind = 'PRAISE') as praise,
                   count(*) filter (where x.kind = 'REFERRAL') as referrals,
                   count(*) filter (where x.kind = 'COMPLAINT') as complaints
            from interaction x join scope s on s.id = x.client_id
            where x.occurred_at >= cast(:windowStart as date) + 1 and x.occurred_at < cast(:asOf as date) + 1
            group by x.client_id
            """;

    /** The answer known on the as-of date; unanswered advice counts only once it has waited long enough. */
    private static final String ADVICE_SQL = "with " + SCOPE + """
            , as_of_response as (
                select r.client_id, r.proposed_on,
                       case when r.responded_on is null or r.responded_on > :asOf then 'NONE' else r.response end
                           as response
                from recommendation r join scope s on s.id = r.client_id
                where r.proposed_on > :windowStart and r.proposed_on <= :asOf)
            select client_id,
                   count(*) filter (where response = 'ACCEPTED') as accepted,
                   count(*) filter (where response = 'PROPOSAL_REQUESTED') as proposal_requested,
                   count(*) filter (where response = 'QUESTIONED') as questioned,
                   count(*) filter (where response = 'CHEAPEST_OPTION') as cheapest_option,
                   count(*) filter (where response = 'DECLINED') as declined,
                   count(*) filter (where response = 'NONE' and proposed_on <= :unansweredBefore) as unanswered
            from as_of_response
            group by client_id
            """;

    private static final String GUT_SQL = "with " + SCOPE + """
            select distinct on (g.client_id) g.client_id, g.grade, g.rated_on
            from gut_check g join scope s on s.id = g.client_id
            where g.rated_on > :windowStart and g.rated_on <= :asOf
            order by g.client_id, g.rated_on desc, g.id desc
            """;

    private final JdbcClient jdbc;

    ClientFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Facts of every client that is not former, keyed by client id in id order. */
    Map<Long, ClientFacts> forEveryone(LocalDate asOf, ScoringParameters model) {
        return load(true, List.of(-1L), asOf, model);
    }

    /** Facts of the given clients that are not former. */
    Map<Long, ClientFacts> forClients(Collection<Long> clientIds, LocalDate asOf, ScoringParameters model) {
        return clientIds.isEmpty() ? Map.of() : load(false, clientIds, asOf, model);
    }

    private Map<Long, ClientFacts> load(boolean everyone, Collection<Long> ids, LocalDate asOf,
            ScoringParameters model) {
        Map<String, Object> params = new HashMap<>();
        params.put("everyone", everyone);
        params.put("ids", ids);
        params.put("asOf", asOf);
        params.put("windowStart", asOf.minusMonths(model.windowMonths()));
        params.put("graceDays", model.graceDays());
        params.put("unansweredBefore", asOf.minusDays(model.advisorUnansweredAfterDays()));

        Map<Long, FactsRow> rows = new LinkedHashMap<>();
        jdbc.sql(CLIENTS_SQL + " order by c.id").params(params).query(row -> {
            rows.put(row.getLong("id"), new FactsRow(row.getInt("seats"), row.getObject("client_since", LocalDate.class)));
        });
        each(INVOICED_SQL, params, rows, (row, facts) -> {
            facts.invoiceCount = row.getInt("invoices");
            facts.invoiced = row.getBigDecimal("invoiced");
        });
        each(MINUTES_SQL, params, rows, (row, facts) -> facts.minutes = row.getLong("minutes"));
        each(PUNCTUALITY_SQL, params, rows, (row, facts) -> facts.punctuality = new PunctualityFacts(
                row.getInt("invoices"), row.getInt("settled"), row.getBigDecimal("amount"),
                row.getBigDecimal("amount_days_late")));
        each(OVERDUE_SQL, params, rows, (row, facts) -> facts.overdue = new OverdueInvoice(row.getLong("id"),
                row.getString("number"), row.getBigDecimal("balance"), row.getObject("due_date", LocalDate.class),
                row.getLong("days_past_due")));
        each(DISPUTES_SQL, params, rows, (row, facts) -> facts.disputes = new DisputeFacts(row.getInt("open"),
                row.getInt("resolved_paid"), row.getInt("resolved_credit"), row.getInt("written_off"),
                row.getInt("signed_write_offs"), row.getObject("latest_signed_write_off", LocalDate.class),
                row.getInt("open_any_time")));
        each(CONTACTS_SQL, params, rows, (row, facts) -> facts.contacts = new ContactFacts(row.getInt("tickets"),
                row.getInt("phone_calls"), row.getInt("emails"), row.getInt("emergency_calls"),
                row.getInt("after_hours"), row.getInt("self_inflicted"), row.getInt("praise"), row.getInt("referrals"),
                row.getInt("complaints")));
        each(ADVICE_SQL, params, rows, (row, facts) -> facts.advice = new AdviceFacts(row.getInt("accepted"),
                row.getInt("proposal_requested"), row.getInt("questioned"), row.getInt("cheapest_option"),
                row.getInt("declined"), row.getInt("unanswered")));
        each(GUT_SQL, params, rows, (row, facts) -> {
            facts.gut = Grade.valueOf(row.getString("grade"));
            facts.gutOn = row.getObject("rated_on", LocalDate.class);
        });

        Map<Long, ClientFacts> result = new LinkedHashMap<>();
        rows.forEach((clientId, facts) -> result.put(clientId, facts.toFacts(clientId, asOf)));
        return result;
    }

    private void each(String sql, Map<String, Object> params, Map<Long, FactsRow> rows, RowApplier applier) {
        jdbc.sql(sql).params(params).query(row -> {
            FactsRow facts = rows.get(row.getLong("client_id"));
            if (facts != null) {
                applier.apply(row, facts);
            }
        });
    }

    @FunctionalInterface
    private interface RowApplier {
        void apply(java.sql.ResultSet row, FactsRow facts) throws java.sql.SQLException;
    }

    /** The facts of one client while the queries fill them in. */
    private static final class FactsRow {
        final int seats;
        final LocalDate clientSince;
        int invoiceCount;
        BigDecimal invoiced = BigDecimal.ZERO;
        long minutes;
        PunctualityFacts punctuality = PunctualityFacts.none();
        DisputeFacts disputes = DisputeFacts.none();
        ContactFacts contacts = ContactFacts.none();
        AdviceFacts advice = AdviceFacts.none();
        Grade gut;
        LocalDate gutOn;
        OverdueInvoice overdue;

        FactsRow(int seats, LocalDate clientSince) {
            this.seats = seats;
            this.clientSince = clientSince;
        }

        ClientFacts toFacts(long clientId, LocalDate asOf) {
            return new ClientFacts(clientId, asOf, seats, clientSince, invoiceCount, invoiced, minutes, punctuality,
                    disputes, contacts, advice, gut, gutOn, overdue);
        }
    }
}
