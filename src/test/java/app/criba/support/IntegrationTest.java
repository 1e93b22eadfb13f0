package app.criba.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full Spring Boot test against real PostgreSQL (see {@link TestDatabase}). Test classes
 * clean the data they depend on with {@link DatabaseCleaner}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
public @interface IntegrationTest {
}
