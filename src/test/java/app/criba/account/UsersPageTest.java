package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestUsers;

@IntegrationTest
@AutoConfigureMockMvc
class UsersPageTest {

    private static final String MANAGER_EMAIL = "marta@example.com";
    private static final String MANAGER_PASSWORD = "manager password 1";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;

    private AppUser owner;
    private AppUser manager;

    @BeforeEach
    void startWithOwnerAndManager() {
        DatabaseCleaner.clean(jdbc);
        owner = TestUsers.createOwner(users, encoder);
        manager = users.save(new AppUser(MANAGER_EMAIL, "Marta Manager", encoder.encode(MANAGER_PASSWORD),
                Role.ACCOUNT_MANAGER, "en"));
    }

    private static MockHttpServletRequestBuilder ownerPost(String url, Object... variables) {
        return post(url, variables).with(user(TestUsers.OWNER_EMAIL)).with(csrf()).param("lang", "es");
    }

    private AppUser reload(AppUser user) {
        return users.findById(user.getId()).orElseThrow();
    }

    @Test
    void listShowsEveryUser() throws Exception {
        mvc.perform(get("/users").with(user(TestUsers.OWNER_EMAIL)).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Marta Manager")))
                .andExpect(content().string(containsString("Gestor de cuenta")));
    }

    @Test
    void emptyPasswordIsGeneratedAndShownOnce() throws Exception {
        MvcResult created = mvc.perform(ownerPost("/users/new").param("email", "Victor@Example.com")
                        .param("displayName", "Víctor Viewer").param("role", "VIEWER").param("language", "en")
                        .param("password", ""))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "users.flash.created"))
                .andReturn();

        String password = (String) created.getFlashMap().get("revealedPassword");
        AppUser viewer = users.findByEmail("victor@example.com").orElseThrow();
        assertThat(password).hasSize(19);
        assertThat(encoder.matches(password, viewer.getPasswordHash())).isTrue();
        assertThat(viewer.getRole()).isEqualTo(Role.VIEWER);
        assertThat(viewer.getPreferredLanguage()).isEqualTo("en");
        assertThat(viewer.isEnabled()).isTrue();
        mvc.perform(get("/users").with(user(TestUsers.OWNER_EMAIL)).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(password)));
        mvc.perform(get("/users").with(user(TestUsers.OWNER_EMAIL)))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void typedPasswordIsNotShown() throws Exception {
        mvc.perform(ownerPost("/users/new").param("email", "vera@example.com").param("displayName", "Vera")
                        .param("role", "ACCOUNT_MANAGER").param("language", "es").param("password", "typed password 1"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attributeCount(2));

        AppUser vera = users.findByEmail("vera@example.com").orElseThrow();
        assertThat(encoder.matches("typed password 1", vera.getPasswordHash())).isTrue();
    }

    @Test
    void takenEmailIsRejectedAndInputKept() throws Exception {
        mvc.perform(ownerPost("/users/new").param("email", "MARTA@example.com").param("displayName", "Otra Marta")
                        .param("role", "VIEWER").param("language", "es").param("password", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "users.error.emailTaken"))
                .andExpect(content().string(containsString("Otro usuario ya tiene este correo electrónico.")))
                .andExpect(content().string(containsString("value=\"Otra Marta\"")));

        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void badFieldsAreRejectedAndNothingIsSaved() throws Exception {
        mvc.perform(ownerPost("/users/new").param("email", "not-an-address").param("displayName", "")
                        .param("role", "ADMIN").param("language", "de").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName", "role", "language",
                        "password"))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));

        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void lastOwnerKeepsRole() throws Exception {
        mvc.perform(ownerPost("/users/{id}/role", owner.getId()).param("role", "VIEWER"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("failure", "users.error.lastOwnerRole"));

        assertThat(reload(owner).getRole()).isEqualTo(Role.OWNER);
    }

    @Test
    void lastOwnerStaysEnabled() throws Exception {
        mvc.perform(ownerPost("/users/{id}/disable", owner.getId()))
                .andExpect(flash().attribute("failure", "users.error.lastOwnerDisable"));

        assertThat(reload(owner).isEnabled()).isTrue();
    }

    @Test
    void lastOwnerMessageIsLocalized() throws Exception {
        MvcResult rejected = mvc.perform(ownerPost("/users/{id}/disable", owner.getId())).andReturn();

        mvc.perform(get("/users").with(user(TestUsers.OWNER_EMAIL)).param("lang", "es")
                        .flashAttrs(rejected.getFlashMap()))
                .andExpect(content().string(containsString("Olga Owner es el último propietario activo")));
    }

    @Test
    void ownerMayStepDownWhenAnotherOwnerExists() throws Exception {
        mvc.perform(ownerPost("/users/{id}/role", manager.getId()).param("role", "OWNER"))
                .andExpect(flash().attribute("success", "users.flash.roleChanged"));
        mvc.perform(ownerPost("/users/{id}/role", owner.getId()).param("role", "ACCOUNT_MANAGER"))
                .andExpect(flash().attribute("success", "users.flash.roleChanged"));

        assertThat(reload(owner).getRole()).isEqualTo(Role.ACCOUNT_MANAGER);
        assertThat(reload(manager).getRole()).isEqualTo(Role.OWNER);
    }

    @Test
    void disabledOwnerDoesNotCountAsOwner() throws Exception {
        AppUser formerOwner = users.save(new AppUser("old@example.com", "Old Owner", "{noop}x", Role.OWNER, "es"));
        mvc.perform(ownerPost("/users/{id}/disable", formerOwner.getId()))
                .andExpect(flash().attribute("success", "users.flash.disabled"));

        mvc.perform(ownerPost("/users/{id}/role", owner.getId()).param("role", "VIEWER"))
                .andExpect(flash().attribute("failure", "users.error.lastOwnerRole"));
    }

    @Test
    void unknownRoleIsRejected() throws Exception {
        mvc.perform(ownerPost("/users/{id}/role", manager.getId()).param("role", "SUPERUSER"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("failure", "users.error.roleInvalid"));

        assertThat(reload(manager).getRole()).isEqualTo(Role.ACCOUNT_MANAGER);
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(ownerPost("/users/{id}/disable", 999999)).andExpect(status().isNotFound());
    }

    @Test
    void disabledUserCannotLogIn() throws Exception {
        mvc.perform(ownerPost("/users/{id}/disable", manager.getId()))
                .andExpect(flash().attribute("success", "users.flash.disabled"));

        mvc.perform(post("/login").with(csrf()).param("username", MANAGER_EMAIL).param("password", MANAGER_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disablingEndsOpenSession() throws Exception {
        mvc.perform(ownerPost("/users/{id}/disable", manager.getId()));

        mvc.perform(get("/").with(user(MANAGER_EMAIL).roles("ACCOUNT_MANAGER")))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void enabledUserLogsInAgain() throws Exception {
        mvc.perform(ownerPost("/users/{id}/disable", manager.getId()));
        mvc.perform(ownerPost("/users/{id}/enable", manager.getId()))
                .andExpect(flash().attribute("success", "users.flash.enabled"));

        mvc.perform(post("/login").with(csrf()).param("username", MANAGER_EMAIL).param("password", MANAGER_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void newRoleAppliesToOpenSession() throws Exception {
        mvc.perform(get("/clients/new").with(user(MANAGER_EMAIL).roles("ACCOUNT_MANAGER")))
                .andExpect(status().isOk());
        mvc.perform(ownerPost("/users/{id}/role", manager.getId()).param("role", "VIEWER"));

        mvc.perform(get("/clients/new").with(user(MANAGER_EMAIL).roles("ACCOUNT_MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void passwordResetReplacesPasswordAndShowsIt() throws Exception {
        MvcResult reset = mvc.perform(ownerPost("/users/{id}/password", manager.getId()))
                .andExpect(redirectedUrl("/users"))
                .andReturn();

        String password = (String) reset.getFlashMap().get("revealedPassword");
        String hash = reload(manager).getPasswordHash();
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches(MANAGER_PASSWORD, hash)).isFalse();
    }

    @Test
    void navigationHidesForbiddenLinks() throws Exception {
        users.save(new AppUser("vito@example.com", "Vito", "{noop}x", Role.VIEWER, "es"));

        mvc.perform(get("/").with(user(MANAGER_EMAIL)))
                .andExpect(content().string(not(containsString("href=\"/users\""))))
                .andExpect(content().string(containsString("href=\"/clients/new\"")));
        mvc.perform(get("/").with(user("vito@example.com")))
                .andExpect(content().string(not(containsString("href=\"/clients/new\""))))
                .andExpect(content().string(not(containsString("href=\"/imports/new\""))));
        mvc.perform(get("/").with(user(TestUsers.OWNER_EMAIL)))
                .andExpect(content().string(containsString("href=\"/users\"")));
    }
}
