package app.criba.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.gutcheck.GutCheckService;
import app.criba.invoice.Invoices;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRecords;

/** A change to a client's records rescores that client in the same transaction. */
@IntegrationTest
class RescoreOnChangeTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clients clients;
    @Autowired Invoices invoices;
    @Autowired GutCheckService gutChecks;

    private Client client;

    @BeforeEach
    void storeClient() {
        DatabaseCleaner.clean(jdbc);
        client = TestRecords.client(clients, "Alfa Abogados", ContractType.MANAGED, 5);
        TestRecords.monthlyInvoices(invoices, client, "2000.00", 0, LocalDate.now());
    }

    @Test
    void gutCheckUpdatesStoredScore() {
        gutChecks.record(client.getId(), LocalDate.now(), Grade.D, "¿Puede cogerlo otra persona?");

        BigDecimal gut = jdbc.queryForObject("select gut from client_score where client_id = ?", BigDecimal.class,
                client.getId());
        assertThat(gut).isEqualByComparingTo("0");

        gutChecks.record(client.getId(), LocalDate.now(), Grade.A, "Buenas noticias");

        BigDecimal after = jdbc.queryForObject("select gut from client_score where client_id = ?", BigDecimal.class,
                client.getId());
        assertThat(after).isEqualByComparingTo("100");
    }
}
