package app.criba.importing;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.criba.dispute.DisputeStatus;

/**
 * Finds and updates the payment disputes that an import of disputes repeats. New disputes go
 * through {@link InvoiceStore#insertDisputes}, which invoice imports use too.
 */
@Repository
class DisputeStore {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;

    DisputeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a dispute that an import may change: reason, signed agreement, status and resolution. */
    record DisputeTerms(String reason, boolean signedAgreement, DisputeStatus status, LocalDate resolvedOn,
            String resolutionNote) {
    }

    /** A stored dispute: its identity (client, invoice, opening date and amount) and its terms. */
    record StoredDispute(long id, long clientId, Long invoiceId, LocalDate openedOn, BigDecimal amount,
            DisputeTerms terms) {
    }

    /** A client and a day, to find the disputes opened that day. */
    record ClientDay(long clientId, LocalDate day) {
    }

    /** Finds every dispute of these clients opened on these days. */
    List<StoredDispute> findOpenedOn(Collection<ClientDay> days) {
        List<StoredDispute> found = new ArrayList<>();
        if (days.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select id, client_id, invoice_id, opened_on, amount, reason, signed_agreement, status, resolved_on,
                       resolution_note
                from payment_dispute
                where (client_id, opened_on) in (select * from unnest(?::bigint[], ?::date[]))
                order by id
                """, row -> {
            DisputeTerms terms = new DisputeTerms(row.getString("reason"), row.getBoolean("signed_agreement"),
                    DisputeStatus.valueOf(row.getString("status")), row.getObject("resolved_on", LocalDate.class),
                    row.getString("resolution_note"));
            found.add(new StoredDispute(row.getLong("id"), row.getLong("client_id"),
                    row.getObject("invoice_id", Long.class), row.getObject("opened_on", LocalDate.class),
                    row.getBigDecimal("amount"), terms));
        }, days.stream().map(ClientDay::clientId).toArray(Long[]::new),
                days.stream().map(day -> day.day().toString()).toArray(String[]::new));
        return found;
    }

    /** Writes the new terms and bumps the version, so that an edit form open on the dispute fails on save. */
    void update(List<StoredDispute> disputes) {
        jdbc.batchUpdate("""
                update payment_dispute set reason = ?, signed_agreement = ?, status = ?, resolved_on = ?,
                       resolution_note = ?, version = version + 1
                where id = ?
                """, disputes, BATCH_SIZE, (statement, dispute) -> {
            DisputeTerms terms = dispute.terms();
            statement.setString(1, terms.reason());
            statement.setBoolean(2, terms.signedAgreement());
            statement.setString(3, terms.status().name());
            statement.setObject(4, terms.resolvedOn(), Types.DATE);
            statement.setString(5, terms.resolutionNote());
            statement.setLong(6, dispute.id());
        });
    }
}
