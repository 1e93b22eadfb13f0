package app.criba.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.criba.support.DatabaseCleaner;
import app.criba.support.IntegrationTest;
import app.criba.support.TestRows;

/** Only Spanish and English exist; any other language asked for must leave the pages readable. */
@IntegrationTest
@AutoConfigureMockMvc
class LanguageChoiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createOwner() {
        DatabaseCleaner.clean(jdbc);
        new TestRows(jdbc).owner();
    }

    @Test
    void unsupportedLanguageParameterKeepsSpanish() throws Exception {
        mvc.perform(get("/login").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iniciar sesión en Criba")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(cookie().doesNotExist("criba-lang"));
    }

    @Test
    void regionalEnglishIsStoredAsEnglish() throws Exception {
        mvc.perform(get("/login").param("lang", "en_GB"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log in to Criba")))
                .andExpect(cookie().value("criba-lang", "en"));
    }

    @Test
    void unsupportedLanguageCookieFallsBackToSpanish() throws Exception {
        mvc.perform(get("/login").cookie(new Cookie("criba-lang", "de")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iniciar sesión en Criba")));
    }

    @Test
    void malformedLanguageCookieFallsBackToBrowserLanguage() throws Exception {
        mvc.perform(get("/login").cookie(new Cookie("criba-lang", "<script>")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log in to Criba")));
    }
}
