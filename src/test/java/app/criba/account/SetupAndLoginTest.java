package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class SetupAndLoginTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;
    @Autowired SetupState setup;
    @Autowired OwnerAccountService owners;

    @BeforeEach
    void startWithoutAccounts() {
        DatabaseCleaner.clean(jdbc);
        SetupStateReset.reset(setup);
    }

    @Test
    void everyPageRedirectsToSetupWhileNoAccountExists() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/clients/1")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup")).andExpect(status().isOk());
    }

    @Test
    void setupRejectsWrongCodeAndCreatesNothing() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", "WRONG-CODE").param("email", "owner@example.com")
                        .param("displayName", "Olga").param("password", "long enough password")
                        .param("passwordConfirmation", "long enough password").param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "setupCode", "setup.code.wrong"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("owner@example.com")));

        assertThat(users.count()).isZero();
    }

    @Test
    void setupRejectsShortAndMismatchedPasswords() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", setup.code()).param("email", "not-an-email")
                        .param("displayName", "Olga").param("password", "short")
                        .param("passwordConfirmation", "other").param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email", "password", "passwordConfirmation"));

        assertThat(users.count()).isZero();
    }

    @Test
    void setupWithCodeCreatesHashedOwnerOnce() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", printed(setup.code()).toLowerCase()).param("email", "owner@example.com")
                        .param("displayName", "Olga Owner").param("password", "long enough password")
                        .param("passwordConfirmation", "long enough password").param("language", "en"))
                .andExpect(redirectedUrl("/login"));

        AppUser owner = users.findByEmail("OWNER@example.com").orElseThrow();
        assertThat(owner.getRole()).isEqualTo(Role.OWNER);
        assertThat(owner.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough password");
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        assertThat(owners.createFirstOwner("second@example.com", "Second", "another password", "es")).isNull();
        assertThat(users.count()).isEqualTo(1);
    }

    /** The code as the start-up log prints it, with a hyphen in the middle. */
    private static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    @Test
    void setupRejectsPasswordBeyondBcryptLimit() throws Exception {
        String password = "contraseña".repeat(8);

        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", setup.code()).param("email", "owner@example.com")
                        .param("displayName", "Olga").param("password", password)
                        .param("passwordConfirmation", password).param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "setup.password.tooLong"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(password))));

        assertThat(users.count()).isZero();
    }

    @Test
    void setupAcceptsPasswordOf72Bytes() throws Exception {
        String password = "a".repeat(72);

        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", setup.code()).param("email", "owner@example.com")
                        .param("displayName", "Olga").param("password", password)
                        .param("passwordConfirmation", password).param("language", "es"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(post("/login").with(csrf()).param("username", "owner@example.com").param("password", password))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void setupRejectsNulInDisplayName() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("setupCode", setup.code()).param("email", "owner@example.com")
                        .param("displayName", "Olga\u0000").param("password", "long enough password")
                        .param("passwordConfirmation", "long enough password").param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "typeMismatch"));

        assertThat(users.count()).isZero();
    }

    @Test
    void ownerFromSettingsSkipsPasswordBeyondBcryptLimit() {
        new OwnerFromSettings(owners, setup, "owner@example.com", "x".repeat(73)).run(null);

        assertThat(users.count()).isZero();
    }

    @Test
    void pagesNeedLoginOnceSetUp() throws Exception {
        TestUsers.createOwner(users, encoder);

        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf())
                        .param("username", TestUsers.OWNER_EMAIL).param("password", "wrong password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf())
                        .param("username", TestUsers.OWNER_EMAIL).param("password", TestUsers.OWNER_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void loginSwitchesToPreferredLanguage() throws Exception {
        users.save(new AppUser("ana@example.com", "Ana", encoder.encode("long enough password"), Role.OWNER, "en"));

        mvc.perform(post("/login").with(csrf()).param("username", "ana@example.com")
                        .param("password", "long enough password"))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value("criba-lang", "en"));
        mvc.perform(post("/login").with(csrf()).cookie(new jakarta.servlet.http.Cookie("criba-lang", "es"))
                        .param("username", "ana@example.com").param("password", "long enough password"))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().doesNotExist("criba-lang"));
    }

    @Test
    void apiTakesHttpBasicAndRejectsEveryoneElse() throws Exception {
        TestUsers.createOwner(users, encoder);

        mvc.perform(get("/api/v1/portfolio")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/portfolio").with(httpBasic(TestUsers.OWNER_EMAIL, "wrong password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/portfolio").with(httpBasic(TestUsers.OWNER_EMAIL, TestUsers.OWNER_PASSWORD)))
                .andExpect(status().isOk());
    }
}
