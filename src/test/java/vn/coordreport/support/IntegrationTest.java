package vn.coordreport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real PostgreSQL database (see
 * {@link TestDatabase}), migrated by Flyway. The database belongs to the
 * application context, which Spring shares between test classes of the same
 * configuration; a class that needs a database nobody else writes to adds
 * {@code @TestPropertySource(properties = "coordreport.test.database=<ClassName>")},
 * which gives it a context, and so a database, of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface IntegrationTest {
}
