package app.criba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.account.Users;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class LoginAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    long ownerId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        ownerId = TestUsers.createOwner(users, encoder).getId();
    }

    @Test
    void successfulLoginIsRecordedWithAddress() throws Exception {
        mvc.perform(post("/login").param("username", TestUsers.OWNER_EMAIL)
                        .param("password", TestUsers.OWNER_PASSWORD).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.10");
                            return request;
                        }))
                .andExpect(status().is3xxRedirection());

        List<AuditEntries.Stored> entries = AuditEntries.all(jdbc);
        assertThat(entries).hasSize(1);
        AuditEntries.Stored login = entries.get(0);
        assertThat(login.action()).isEqualTo("LOGIN_SUCCEEDED");
        assertThat(login.kind()).isEqualTo("USER");
        assertThat(login.entityId()).isEqualTo(ownerId);
        assertThat(login.userId()).isEqualTo(ownerId);
        assertThat(login.userName()).isEqualTo("Olga Owner");
        assertThat(login.remoteAddress()).isEqualTo("192.0.2.10");
    }

    @Test
    void wrongPasswordIsRecordedAsFailure() throws Exception {
        mvc.perform(formLogin("/login").user(TestUsers.OWNER_EMAIL).password("wrong password"))
                .andExpect(status().is3xxRedirection());

        AuditEntries.Stored failure = AuditEntries.all(jdbc).get(0);
        assertThat(failure.action()).isEqualTo("LOGIN_FAILED");
        assertThat(failure.entityId()).isEqualTo(ownerId);
        assertThat(failure.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(failure.after()).contains(entry("email", TestUsers.OWNER_EMAIL),
                entry("error", "BadCredentialsException"));
    }

    @Test
    void unknownUserIsRecordedByTypedName() throws Exception {
        mvc.perform(formLogin("/login").user("nobody\u0007@example.com").password("whatever"))
                .andExpect(status().is3xxRedirection());

        AuditEntries.Stored failure = AuditEntries.all(jdbc).get(0);
        assertThat(failure.action()).isEqualTo("LOGIN_FAILED");
        assertThat(failure.userId()).isNull();
        assertThat(failure.entityId()).isNull();
        assertThat(failure.userName()).isEqualTo("nobody@example.com");
    }

    @Test
    void failedApiLoginIsRecorded() throws Exception {
        mvc.perform(get("/api/v1/portfolio").with(request -> {
            request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((TestUsers.OWNER_EMAIL + ":nope").getBytes()));
            return request;
        })).andExpect(status().isUnauthorized());

        assertThat(AuditEntries.all(jdbc)).extracting(AuditEntries.Stored::action).containsExactly("LOGIN_FAILED");
    }
}
