package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;

class FailureHandlerTests {

    @Test
    void aFailureToStartIsToldByItsCauseNotByTheFrameworkWrappingIt() {
        // given the database driver's error, wrapped twice by Spring's bean creation
        Exception failure = new UnsatisfiedDependencyException("coordreport.jar", "documentNumbers", "jdbc",
                new BeanCreationException("flywayInitializer", "Unable to obtain connection",
                        new SQLException("Connection to localhost:1 refused.")));

        // then the user is told the driver's message
        assertThat(FailureHandler.describe(failure)).isEqualTo("Connection to localhost:1 refused.");
    }

    @Test
    void ourOwnExplanationIsKeptWhole() {
        Exception failure = new BeanCreationException("embeddedPostgres",
                new IllegalStateException("Could not start the embedded PostgreSQL in var/pgdata: ...",
                        new java.io.IOException("initdb failed")));

        assertThat(FailureHandler.describe(failure)).startsWith("Could not start the embedded PostgreSQL");
    }
}
