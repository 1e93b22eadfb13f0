package app.criba.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A full Spring Boot test with a real Tomcat on a random port, for behaviour that MockMvc skips:
 * the container's multipart parsing and its error pages. Uploads are limited to 16 KB, so that a
 * test can exceed the limit without sending 50 MB. Test classes share one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=16KB", "spring.servlet.multipart.max-request-size=16KB" })
@Import(TestDatabaseConfiguration.class)
public @interface ServerTest {
}
