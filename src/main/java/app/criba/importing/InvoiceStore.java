package app.criba.importing;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.criba.dispute.DisputeStatus;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

/**
 * The database work of invoice imports, done in bulk: one query per batch of rows to find the
 * stored invoices, and JDBC batches for the writes, so that a file of thousands of rows takes a
 * handful of round trips. Array parameters are passed as Java arrays, which the PostgreSQL
 * driver binds as SQL arrays for {@code unnest(?)}. Every record written names the import run.
 */
@Repository
class InvoiceStore {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    InvoiceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An invoice as stored, with the sum of its payments, their dates and amounts, and whether a dispute names it. */
    record StoredInvoice(long id, long clientId, String number, LocalDate issueDate, LocalDate dueDate,
            BigDecimal amount, BillingMethod billingMethod, InvoiceKind kind, List<StoredPayment> payments,
            boolean disputed) {

        boolean hasSameValuesAs(StoredInvoice other) {
            return issueDate.equals(other.issueDate) && dueDate.equals(other.dueDate)
                    && amount.compareTo(other.amount) == 0 && billingMethod == other.billingMethod
                    && kind == other.kind;
        }

        BigDecimal paid() {
            return payments.stream().map(StoredPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        boolean hasPayment(LocalDate paidOn, BigDecimal paymentAmount) {
            return payments.stream().anyMatch(payment -> payment.paidOn().equals(paidOn)
                    && payment.amount().compareTo(paymentAmount) == 0);
        }
    }

    record StoredPayment(LocalDate paidOn, BigDecimal amount) {
    }

    record NewInvoice(long clientId, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
            BillingMethod billingMethod, InvoiceKind kind) {
    }

    record NewPayment(long invoiceId, LocalDate paidOn, BigDecimal amount) {
    }

    record NewDispute(long clientId, Long invoiceId, LocalDate openedOn, BigDecimal amount, String reason,
            boolean signedAgreement, DisputeStatus status, LocalDate resolvedOn, String resolutionNote,
            Long loggedById) {
    }

    /** Finds the stored invoices with these keys, with their payments and whether a dispute names them. */
    Map<InvoiceKey, StoredInvoice> findInvoices(Collection<InvoiceKey> keys) {
        Map<InvoiceKey, StoredInvoice> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Long[] clientIds = keys.stream().map(InvoiceKey::clientId).toArray(Long[]::new);
        String[] numbers = keys.stream().map(InvoiceKey::number).toArray(String[]::new);
        Map<Long, List<StoredPayment>> payments = new HashMap<>();
        jdbc.query("""
                select p.invoice_id, p.paid_on, p.amount
                from payment p join invoice i on i.id = p.invoice_id
                join unnest(?::bigint[], ?::text[]) as k(client_id, number)
                  on k.client_id = i.client_id and k.number = i.number
                """, row -> {
            payments.computeIfAbsent(row.getLong("invoice_id"), id -> new ArrayList<>())
                    .add(new StoredPayment(row.getObject("paid_on", LocalDate.class), row.getBigDecimal("amount")));
        }, clientIds, numbers);
        jdbc.query("""
                select i.id, i.client_id, i.number, i.issue_date, i.due_date, i.amount, i.billing_method, i.kind,
                       exists (select 1 from payment_dispute d where d.invoice_id = i.id) as disputed
                from invoice i join unnest(?::bigint[], ?::text[]) as k(client_id, number)
                  on k.client_id = i.client_id and k.number = i.number
                """, row -> {
            StoredInvoice invoice = new StoredInvoice(row.getLong("id"), row.getLong("client_id"),
                    row.getString("number"), row.getObject("issue_date", LocalDate.class),
                    row.getObject("due_date", LocalDate.class), row.getBigDecimal("amount"),
                    BillingMethod.valueOf(row.getString("billing_method")), InvoiceKind.valueOf(row.getString("kind")),
                    payments.getOrDefault(row.getLong("id"), List.of()), row.getBoolean("disputed"));
            found.put(new InvoiceKey(invoice.clientId(), invoice.number()), invoice);
        }, clientIds, numbers);
        return found;
    }

    /** Inserts the invoices and returns their ids by key. */
    Map<InvoiceKey, Long> insertInvoices(List<NewInvoice> invoices, long runId) {
        jdbc.batchUpdate("""
                insert into invoice (client_id, number, issue_date, due_date, amount, billing_method, kind,
                                     import_run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, invoices, BATCH_SIZE, (statement, invoice) -> {
            statement.setLong(1, invoice.clientId());
            statement.setString(2, invoice.number());
            statement.setObject(3, invoice.issueDate());
            statement.setObject(4, invoice.dueDate());
            statement.setBigDecimal(5, invoice.amount());
            statement.setString(6, invoice.billingMethod().name());
            statement.setString(7, invoice.kind().name());
            statement.setLong(8, runId);
        });
        Map<InvoiceKey, Long> ids = new HashMap<>();
        if (invoices.isEmpty()) {
            return ids;
        }
        jdbc.query("""
                select i.id, i.client_id, i.number from invoice i
                join unnest(?::bigint[], ?::text[]) as k(client_id, number)
                  on k.client_id = i.client_id and k.number = i.number
                """, row -> {
            ids.put(new InvoiceKey(row.getLong("client_id"), row.getString("number")), row.getLong("id"));
        }, invoices.stream().map(NewInvoice::clientId).toArray(Long[]::new),
                invoices.stream().map(NewInvoice::number).toArray(String[]::new));
        return ids;
    }

    /** Replaces the fields an import reads, and bumps the version so that an edit form open on the invoice fails on save. */
    void updateInvoices(List<StoredInvoice> invoices) {
        jdbc.batchUpdate("""
                update invoice set issue_date = ?, due_date = ?, amount = ?, billing_method = ?, kind = ?,
                       version = version + 1
                where id = ?
                """, invoices, BATCH_SIZE, (statement, invoice) -> {
            statement.setObject(1, invoice.issueDate());
            statement.setObject(2, invoice.dueDate());
            statement.setBigDecimal(3, invoice.amount());
            statement.setString(4, invoice.billingMethod().name());
            statement.setString(5, invoice.kind().name());
            statement.setLong(6, invoice.id());
        });
    }

    void insertPayments(List<NewPayment> payments, long runId) {
        jdbc.batchUpdate("insert into payment (invoice_id, paid_on, amount, import_run_id) values (?, ?, ?, ?)",
                payments, BATCH_SIZE, (statement, payment) -> {
                    statement.setLong(1, payment.invoiceId());
                    statement.setObject(2, payment.paidOn());
                    statement.setBigDecimal(3, payment.amount());
                    statement.setLong(4, runId);
                });
    }

    void insertDisputes(List<NewDispute> disputes, long runId) {
        jdbc.batchUpdate("""
                insert into payment_dispute (client_id, invoice_id, opened_on, amount, reason, signed_agreement,
                                             status, resolved_on, resolution_note, logged_by_id, import_run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, disputes, BATCH_SIZE, (statement, dispute) -> {
            statement.setLong(1, dispute.clientId());
            statement.setObject(2, dispute.invoiceId(), Types.BIGINT);
            statement.setObject(3, dispute.openedOn());
            statement.setBigDecimal(4, dispute.amount());
            statement.setString(5, dispute.reason());
            statement.setBoolean(6, dispute.signedAgreement());
            statement.setString(7, dispute.status().name());
            statement.setObject(8, dispute.resolvedOn(), Types.DATE);
            statement.setString(9, dispute.resolutionNote());
            statement.setObject(10, dispute.loggedById(), Types.BIGINT);
            statement.setLong(11, runId);
        });
    }

    /** An invoice's identity within Criba: its client and its number. */
    record InvoiceKey(long clientId, String number) {
    }
}
