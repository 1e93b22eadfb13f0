package app.criba.importing;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

/**
 * The importer's database work, done in bulk: one query per kind of record for the clients of
 * a file, and JDBC batches for the writes, so a file of thousands of rows takes a handful of
 * round trips. Array parameters are passed as Java arrays, which the PostgreSQL driver binds
 * as SQL arrays for {@code = any(?)}.
 */
@Repository
class ImportStore {

    private static final int BATCH_SIZE = 500;
    private static final int MAX_EXTERNAL_REF_LENGTH = 100;

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record KnownClient(long id, String name, String externalRef, boolean former) {
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

    record NewDispute(long clientId, long invoiceId, LocalDate openedOn, BigDecimal amount, String reason,
            DisputeStatus status, LocalDate resolvedOn, String resolutionNote, Long loggedById) {
    }

    /** Finds the clients whose external reference is one of the values, and the current ones whose name is one, ignoring case. */
    List<KnownClient> findClients(Collection<String> values) {
        String[] refs = values.toArray(String[]::new);
        String[] names = values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return jdbc.query("""
                select id, name, external_ref, status from client
                where external_ref = any(?) or (lower(name) = any(?) and status <> 'FORMER')
                order by id
                """, (row, index) -> new KnownClient(row.getLong("id"), row.getString("name"),
                row.getString("external_ref"), "FORMER".equals(row.getString("status"))), refs, names);
    }

    /**
     * Inserts clients with these names, each with its name as external reference when it fits
     * the column (100 characters), and every other field at its default.
     *
     * @return the new ids by name
     */
    Map<String, Long> createClients(List<String> names, ContractType contractType) {
        List<Object[]> batch = names.stream()
                .map(name -> new Object[] { name, name.length() <= MAX_EXTERNAL_REF_LENGTH ? name : null,
                        contractType.name() })
                .toList();
        jdbc.batchUpdate("insert into client (name, external_ref, contract_type) values (?, ?, ?)", batch);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, name from client where name = any(?) and status <> 'FORMER'", row -> {
            ids.put(row.getString("name"), row.getLong("id"));
        }, (Object) names.toArray(String[]::new));
        return ids;
    }

    List<StoredInvoice> findInvoices(Collection<Long> clientIds) {
        Long[] ids = clientIds.toArray(Long[]::new);
        Map<Long, List<StoredPayment>> payments = new HashMap<>();
        jdbc.query("""
                select p.invoice_id, p.paid_on, p.amount from payment p join invoice i on i.id = p.invoice_id
                where i.client_id = any(?)
                """, row -> {
            payments.computeIfAbsent(row.getLong("invoice_id"), id -> new ArrayList<>())
                    .add(new StoredPayment(row.getObject("paid_on", LocalDate.class), row.getBigDecimal("amount")));
        }, (Object) ids);
        return jdbc.query("""
                select i.id, i.client_id, i.number, i.issue_date, i.due_date, i.amount, i.billing_method, i.kind,
                       exists (select 1 from payment_dispute d where d.invoice_id = i.id) as disputed
                from invoice i where i.client_id = any(?)
                """, (row, index) -> new StoredInvoice(row.getLong("id"), row.getLong("client_id"),
                row.getString("number"), row.getObject("issue_date", LocalDate.class),
                row.getObject("due_date", LocalDate.class), row.getBigDecimal("amount"),
                BillingMethod.valueOf(row.getString("billing_method")), InvoiceKind.valueOf(row.getString("kind")),
                payments.getOrDefault(row.getLong("id"), List.of()), row.getBoolean("disputed")), (Object) ids);
    }

    void insertInvoices(List<NewInvoice> invoices) {
        jdbc.batchUpdate("""
                insert into invoice (client_id, number, issue_date, due_date, amount, billing_method, kind)
                values (?, ?, ?, ?, ?, ?, ?)
                """, invoices, BATCH_SIZE, (statement, invoice) -> {
            statement.setLong(1, invoice.clientId());
            statement.setString(2, invoice.number());
            statement.setObject(3, invoice.issueDate());
            statement.setObject(4, invoice.dueDate());
            statement.setBigDecimal(5, invoice.amount());
            statement.setString(6, invoice.billingMethod().name());
            statement.setString(7, invoice.kind().name());
        });
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

    /** Returns the ids of the invoices of these clients by client id and number. */
    Map<InvoiceKey, Long> findInvoiceIds(Collection<Long> clientIds) {
        Map<InvoiceKey, Long> ids = new HashMap<>();
        jdbc.query("select id, client_id, number from invoice where client_id = any(?)", row -> {
            ids.put(new InvoiceKey(row.getLong("client_id"), row.getString("number")), row.getLong("id"));
        }, (Object) clientIds.toArray(Long[]::new));
        return ids;
    }

    void insertPayments(List<NewPayment> payments) {
        jdbc.batchUpdate("insert into payment (invoice_id, paid_on, amount) values (?, ?, ?)", payments, BATCH_SIZE,
                (statement, payment) -> {
                    statement.setLong(1, payment.invoiceId());
                    statement.setObject(2, payment.paidOn());
                    statement.setBigDecimal(3, payment.amount());
                });
    }

    void insertDisputes(List<NewDispute> disputes) {
        jdbc.batchUpdate("""
                insert into payment_dispute (client_id, invoice_id, opened_on, amount, reason, signed_agreement,
                                             status, resolved_on, resolution_note, logged_by_id)
                values (?, ?, ?, ?, ?, false, ?, ?, ?, ?)
                """, disputes, BATCH_SIZE, (statement, dispute) -> {
            statement.setLong(1, dispute.clientId());
            statement.setLong(2, dispute.invoiceId());
            statement.setObject(3, dispute.openedOn());
            statement.setBigDecimal(4, dispute.amount());
            statement.setString(5, dispute.reason());
            statement.setString(6, dispute.status().name());
            statement.setObject(7, dispute.resolvedOn(), Types.DATE);
            statement.setString(8, dispute.resolutionNote());
            statement.setObject(9, dispute.loggedById(), Types.BIGINT);
        });
    }

    /** An invoice's identity within Criba: its client and its number. */
    record InvoiceKey(long clientId, String number) {
    }
}
