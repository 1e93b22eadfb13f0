package app.criba.sample.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.account.AppUser;
import app.criba.account.Role;
import app.criba.account.Users;
import app.criba.client.Client;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class SamplePortfolioControllerTest {

    private static final String OWNER = "owner@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    Clients clients;

    @BeforeEach
    void cleanDatabaseWithOwner() {
        DatabaseCleaner.clean(jdbc);
        // With no account at all, every page would redirect to the setup page.
        users.save(new AppUser(OWNER, "Owner", "{noop}not-used-here", Role.OWNER, "es"));
    }

    @Test
    void postLoadsSampleAndRedirectsHome() throws Exception {
        mvc.perform(post("/sample-portfolio").with(user(OWNER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "sample.loaded"))
                .andExpect(flash().attributeExists("successArgs"));

        assertThat(clients.count()).isGreaterThan(30);
        assertThat(jdbc.queryForObject("select count(distinct account_manager_id) from client", Integer.class))
                .as("the only user manages every sample client").isEqualTo(1);
    }

    @Test
    void postWithClientsRedirectsWithFailure() throws Exception {
        clients.save(new Client("Cliente Real", ContractType.MANAGED));

        mvc.perform(post("/sample-portfolio").with(user(OWNER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("failure", "sample.notEmpty"));

        assertThat(clients.count()).isEqualTo(1);
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/sample-portfolio").with(user(OWNER)))
                .andExpect(status().isForbidden());

        assertThat(clients.count()).isZero();
    }

    @Test
    void postWithoutLoginRedirectsToLogin() throws Exception {
        mvc.perform(post("/sample-portfolio").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        assertThat(clients.count()).isZero();
    }
}
