package app.criba.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts the rows that form tests start from, straight through SQL, and counts rows afterwards. */
public final class TestRows {

    /** The login that form tests use with {@code user(TestRows.USER_EMAIL)}. */
    public static final String USER_EMAIL = "owner@example.com";

    private final JdbcTemplate jdbc;

    public TestRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the enabled owner whose e-mail is {@link #USER_EMAIL} and returns its id. */
    public long owner() {
        return user(USER_EMAIL, "Olga Owner");
    }

    public long user(String email, String displayName) {
        return jdbc.queryForObject("insert into app_user (email, display_name, password_hash, role) "
                + "values (?, ?, '{noop}not-used', 'OWNER') returning id", Long.class, email, displayName);
    }

    public long client(String name) {
        return jdbc.queryForObject("insert into client (name, contract_type) values (?, 'MANAGED') returning id",
                Long.class, name);
    }

    public long formerClient(String name) {
        return jdbc.queryForObject(
                "insert into client (name, contract_type, status) values (?, 'MANAGED', 'FORMER') returning id",
                Long.class, name);
    }

    public long invoice(long clientId, String number, LocalDate issueDate, String amount) {
        return jdbc.queryForObject("insert into invoice (client_id, number, issue_date, due_date, amount, "
                + "billing_method, kind) values (?, ?, ?, ?, ?, 'ELECTRONIC', 'RECURRING') returning id", Long.class,
                clientId, number, issueDate, issueDate.plusDays(30), new BigDecimal(amount));
    }

    public long payment(long invoiceId, LocalDate paidOn, String amount) {
        return jdbc.queryForObject("insert into payment (invoice_id, paid_on, amount) values (?, ?, ?) returning id",
                Long.class, invoiceId, paidOn, new BigDecimal(amount));
    }

    public long dispute(long clientId, LocalDate openedOn) {
        return jdbc.queryForObject("insert into payment_dispute (client_id, opened_on, amount, reason) "
                + "values (?, ?, 100.00, 'Says the backup was never set up') returning id", Long.class, clientId,
                openedOn);
    }

    public long recommendation(long clientId, LocalDate proposedOn) {
        return jdbc.queryForObject("insert into recommendation (client_id, proposed_on, title) "
                + "values (?, ?, 'Replace the five-year-old backup system') returning id", Long.class, clientId,
                proposedOn);
    }

    public long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
