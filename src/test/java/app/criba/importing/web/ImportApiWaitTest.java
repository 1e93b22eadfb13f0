package app.criba.importing.web;

import static app.criba.importing.ImportFixtures.SPANISH_FILE;
import static app.criba.importing.ImportFixtures.count;
import static app.criba.importing.ImportFixtures.utf8;
import static app.criba.importing.web.ImportSteps.API_OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import app.criba.account.Users;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportRun;
import app.criba.importing.RunStatus;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

/** An API import that outlasts the call's wait: 202 with the run's address, which reports the end. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "criba.import.api-wait=0s")
class ImportApiWaitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.createOwner(users, encoder);
    }

    @Test
    void longImportAnswersAccepted() throws Exception {
        long id;
        // A lock on the client table holds the background import until the test releases it, so the
        // call cannot finish within its wait however fast the machine is.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table client in access exclusive mode");
            }

            MvcResult accepted = mvc.perform(post("/api/v1/imports/invoices").contentType("text/csv")
                            .content(utf8(SPANISH_FILE)).with(API_OWNER))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("IMPORTING"))
                    .andReturn();
            id = json.readTree(accepted.getResponse().getContentAsString()).get("id").asLong();
            assertThat(accepted.getResponse().getHeader("Location")).isEqualTo("/api/v1/imports/" + id);

            mvc.perform(get("/api/v1/imports/{id}", id).with(API_OWNER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("IMPORTING"));
            blocker.rollback();
        }

        ImportRun run = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.IMPORTED);
        mvc.perform(get("/api/v1/imports/{id}", id).with(API_OWNER))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.created").value(4));
        assertThat(count(jdbc, "invoice")).isEqualTo(4);
    }
}
