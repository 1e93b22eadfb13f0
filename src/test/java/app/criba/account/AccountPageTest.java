package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

/** A viewer's own account page: the lowest role still changes its own password and language. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountPageTest {

    private static final String EMAIL = "vito@example.com";
    private static final String PASSWORD = "viewer password 1";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Users users;
    @Autowired PasswordEncoder encoder;

    private AppUser viewer;

    @BeforeEach
    void startWithViewer() {
        DatabaseCleaner.clean(jdbc);
        viewer = users.save(new AppUser(EMAIL, "Vito Viewer", encoder.encode(PASSWORD), Role.VIEWER, "es"));
    }

    private static MockHttpServletRequestBuilder viewerPost(String url) {
        return post(url).with(user(EMAIL)).with(csrf()).param("lang", "es");
    }

    private String passwordHash() {
        return users.findById(viewer.getId()).orElseThrow().getPasswordHash();
    }

    @Test
    void pageShowsNameAndRole() throws Exception {
        mvc.perform(get("/account").with(user(EMAIL)).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vito Viewer")))
                .andExpect(content().string(containsString("Lector")));
    }

    @Test
    void passwordChangesWithCurrentPassword() throws Exception {
        mvc.perform(viewerPost("/account/password").param("currentPassword", PASSWORD)
                        .param("newPassword", "a new password 2").param("newPasswordConfirmation", "a new password 2"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("success", "account.flash.passwordChanged"));

        assertThat(encoder.matches("a new password 2", passwordHash())).isTrue();
    }

    @Test
    void wrongCurrentPasswordChangesNothing() throws Exception {
        mvc.perform(viewerPost("/account/password").param("currentPassword", "guessed password")
                        .param("newPassword", "a new password 2").param("newPasswordConfirmation", "a new password 2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "account.password.currentWrong"))
                .andExpect(content().string(containsString("Esta no es su contraseña actual.")));

        assertThat(encoder.matches(PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void differentConfirmationChangesNothing() throws Exception {
        mvc.perform(viewerPost("/account/password").param("currentPassword", PASSWORD)
                        .param("newPassword", "a new password 2").param("newPasswordConfirmation", "a new password 3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPasswordConfirmation",
                        "setup.password.mismatch"));

        assertThat(encoder.matches(PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void shortAndOverlongPasswordsAreRejected() throws Exception {
        mvc.perform(viewerPost("/account/password").param("currentPassword", PASSWORD)
                        .param("newPassword", "short").param("newPasswordConfirmation", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
        String overlong = "ñ".repeat(40);
        mvc.perform(viewerPost("/account/password").param("currentPassword", PASSWORD)
                        .param("newPassword", overlong).param("newPasswordConfirmation", overlong))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "setup.password.tooLong"));

        assertThat(encoder.matches(PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void languageIsSavedAndApplied() throws Exception {
        mvc.perform(post("/account/language").with(user(EMAIL)).with(csrf()).param("language", "en"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("criba-lang", "en"));

        assertThat(users.findById(viewer.getId()).orElseThrow().getPreferredLanguage()).isEqualTo("en");
    }

    @Test
    void unknownLanguageIsRejected() throws Exception {
        mvc.perform(viewerPost("/account/language").param("language", "de"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("languageForm", "language"));

        assertThat(users.findById(viewer.getId()).orElseThrow().getPreferredLanguage()).isEqualTo("es");
    }
}
