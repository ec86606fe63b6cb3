package vn.coordreport.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at a new database of its own: Flyway as
 * its owner, everything else as its application's role.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestDatabase.newMigratedDatabase().settings()).applyTo(context);
    }
}
