package app.criba.support;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/** Points the application at the test database instead of the configured one. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Keeps each cached test context to a few connections, because several contexts stay open at once. */
    private static final int MAX_CONNECTIONS_PER_CONTEXT = 5;

    @Bean
    DataSource dataSource() {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(TestDatabase.url())
                .username(TestDatabase.username())
                .password(TestDatabase.password())
                .build();
        dataSource.setMaximumPoolSize(MAX_CONNECTIONS_PER_CONTEXT);
        return dataSource;
    }
}
