package app.criba.invoice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a client's invoices as they stood on a date, with payments made after it ignored. */
@Component
public class InvoiceLedger {

    /**
     * One row per invoice issued by the as-of date. settled_on is the first payment date on which
     * the running total of payments reaches the amount; a credit note or zero invoice counts as
     * settled on its issue date.
     */
    private static final String LINES_SQL = """
            select i.id, i.number, i.issue_date, i.due_date, i.amount, i.billing_method, i.kind,
                   coalesce(t.paid, 0) as paid,
                   case when i.amount <= 0 then i.issue_date else t.settled_on end as settled_on
            from invoice i
            left join lateral (
                select sum(x.amount) as paid,
                       min(x.paid_on) filter (where x.running >= i.amount) as settled_on
                from (select p.paid_on, p.amount,
                             sum(p.amount) over (order by p.paid_on, p.id) as running
                      from payment p
                      where p.invoice_id = i.id and p.paid_on <= :asOf) x
            ) t on true
            where i.client_id = :clientId and i.issue_date <= :asOf
            order by i.issue_date desc, i.number desc
            """;

    private final JdbcClient jdbc;

    InvoiceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InvoiceLine> forClient(Long clientId, LocalDate asOf) {
        return jdbc.sql(LINES_SQL)
                .param("clientId", clientId)
                .param("asOf", asOf)
                .query((row, index) -> {
                    LocalDate dueDate = row.getObject("due_date", LocalDate.class);
                    LocalDate settledOn = row.getObject("settled_on", LocalDate.class);
                    return new InvoiceLine(row.getLong("id"), row.getString("number"),
                            row.getObject("issue_date", LocalDate.class), dueDate, row.getBigDecimal("amount"),
                            BillingMethod.valueOf(row.getString("billing_method")),
                            InvoiceKind.valueOf(row.getString("kind")), row.getBigDecimal("paid"), settledOn,
                            daysLate(dueDate, settledOn, asOf));
                })
                .list();
    }

    /** Days between the due date and the settlement (or the as-of date while unsettled), never negative. */
    static long daysLate(LocalDate dueDate, LocalDate settledOn, LocalDate asOf) {
        LocalDate end = settledOn != null ? settledOn : asOf;
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, end));
    }

}
