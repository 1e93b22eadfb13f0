package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class ApiTokenTest {

    private static final String IMPORT = "/api/v1/imports/clients?fileName=clients.csv";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired ApiTokenService tokens;

    private AppUser owner;
    private AppUser manager;
    private AppUser viewer;

    @BeforeEach
    void startWithThreeRoles() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder);
        manager = users.save(new AppUser("marta@example.com", "Marta", "{noop}x", Role.ACCOUNT_MANAGER, "es"));
        viewer = users.save(new AppUser("vito@example.com", "Vito", "{noop}x", Role.VIEWER, "es"));
    }

    private String token(AppUser user, TokenAccess access) {
        return tokens.create(user, "script", access).secret();
    }

    private ResultActions read(String token) throws Exception {
        return mvc.perform(get("/api/v1/portfolio").header("Authorization", "Bearer " + token));
    }

    private ResultActions importClients(String token) throws Exception {
        return mvc.perform(post(IMPORT).header("Authorization", "Bearer " + token).contentType("text/csv")
                .content("name,seats\nAlfa Abogados,5\n"));
    }

    @Test
    void tokenIsShownOnceAndStoredHashed() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(user("vito@example.com")).with(csrf())
                        .param("name", "Nightly report").param("access", "READ_ONLY"))
                .andExpect(redirectedUrl("/account/tokens"))
                .andReturn();

        String secret = (String) created.getFlashMap().get("revealedToken");
        assertThat(secret).startsWith("criba_").hasSizeGreaterThan(40);
        String storedHash = jdbc.queryForObject("select token_hash from api_token", String.class);
        assertThat(storedHash).isEqualTo(ApiTokenService.hash(secret)).doesNotContain(secret.substring(6));
        mvc.perform(get("/account/tokens").with(user("vito@example.com")).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/account/tokens").with(user("vito@example.com")))
                .andExpect(content().string(containsString("Nightly report")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
    }

    @Test
    void blankNameIsRejected() throws Exception {
        mvc.perform(post("/account/tokens").with(user("vito@example.com")).with(csrf()).param("lang", "es")
                        .param("name", " ").param("access", "READ_WRITE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name"));
        mvc.perform(post("/account/tokens").with(user("vito@example.com")).with(csrf())
                        .param("name", "x").param("access", "EVERYTHING"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "access"));

        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
    }

    @Test
    void readOnlyTokenReads() throws Exception {
        read(token(owner, TokenAccess.READ_ONLY)).andExpect(status().isOk());
    }

    @Test
    void readOnlyTokenCannotWrite() throws Exception {
        importClients(token(owner, TokenAccess.READ_ONLY))
                .andExpect(status().isForbidden())
                .andExpect(content().json("{\"error\":\"forbidden\"}"));

        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isZero();
    }

    @Test
    void readWriteTokenOfManagerImports() throws Exception {
        importClients(token(manager, TokenAccess.READ_WRITE)).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select count(*) from client", Integer.class)).isEqualTo(1);
    }

    @Test
    void readWriteTokenOfViewerCannotWrite() throws Exception {
        importClients(token(viewer, TokenAccess.READ_WRITE)).andExpect(status().isForbidden());
    }

    @Test
    void revokedTokenIsUnauthorized() throws Exception {
        String secret = token(manager, TokenAccess.READ_WRITE);
        Long id = jdbc.queryForObject("select id from api_token", Long.class);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user("marta@example.com")).with(csrf()))
                .andExpect(flash().attribute("success", "tokens.flash.revoked"));

        read(secret).andExpect(status().isUnauthorized()).andExpect(content().json("{\"error\":\"unauthorized\"}"));
    }

    @Test
    void disabledUsersTokenIsUnauthorized() throws Exception {
        String secret = token(manager, TokenAccess.READ_ONLY);
        jdbc.update("update app_user set enabled = false where id = ?", manager.getId());

        read(secret).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownTokenIsUnauthorized() throws Exception {
        read("criba_not-a-real-token").andExpect(status().isUnauthorized());
        read("").andExpect(status().isUnauthorized());
    }

    @Test
    void otherUsersTokenCannotBeRevoked() throws Exception {
        String secret = token(owner, TokenAccess.READ_ONLY);
        Long id = jdbc.queryForObject("select id from api_token", Long.class);

        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user("vito@example.com")).with(csrf()))
                .andExpect(status().isNotFound());
        read(secret).andExpect(status().isOk());
    }

    @Test
    void lastUseWrittenOncePerMinute() throws Exception {
        String secret = token(viewer, TokenAccess.READ_ONLY);
        read(secret);
        Instant firstUse = lastUsedAt();
        assertThat(firstUse).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        Instant thirtySecondsAgo = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS);
        jdbc.update("update api_token set last_used_at = ?", Timestamp.from(thirtySecondsAgo));
        read(secret);
        assertThat(lastUsedAt()).isEqualTo(thirtySecondsAgo);

        jdbc.update("update api_token set last_used_at = ?", Timestamp.from(thirtySecondsAgo.minusSeconds(60)));
        read(secret);
        assertThat(lastUsedAt()).isAfter(thirtySecondsAgo);
    }

    private Instant lastUsedAt() {
        return jdbc.queryForObject("select last_used_at from api_token", Timestamp.class).toInstant();
    }
}
