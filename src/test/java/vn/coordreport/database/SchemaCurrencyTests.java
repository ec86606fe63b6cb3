package vn.coordreport.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.support.TestDatabase;

/**
 * A row-only command starts without Flyway only when the database has applied every migration the build carries;
 * it asks as the application's role, which may not read Flyway's history itself (V99) but may call V118's function.
 */
class SchemaCurrencyTests {

    static final List<String> BUILD = List.of("classpath:db/migration");

    @Test
    void aCurrentSchemaLetsTheLeanStartGoOnAsTheApplicationsRole() {
        TestDatabase.Connection database = TestDatabase.newMigratedDatabase();

        assertThatCode(() -> new SchemaCurrency(application(database), BUILD).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void aMigrationTheDatabaseHasNotAppliedMakesItStartInFull(@TempDir Path newer) throws Exception {
        TestDatabase.Connection database = TestDatabase.newMigratedDatabase();
        Files.writeString(newer.resolve("V9999__a_later_build.sql"), "select 1;");
        List<String> laterBuild = List.of("classpath:db/migration", "filesystem:" + newer);

        assertThatThrownBy(() -> new SchemaCurrency(application(database), laterBuild).afterPropertiesSet())
                .isInstanceOf(SchemaBehind.class).hasMessageContaining("9999");
    }

    @Test
    void aDatabaseBeforeTheCheckOrWithAFailedMigrationStartsInFull() {
        TestDatabase.Connection empty = TestDatabase.newDatabase();
        assertThatThrownBy(() -> new SchemaCurrency(application(empty), BUILD).afterPropertiesSet())
                .isInstanceOf(SchemaBehind.class);

        TestDatabase.Connection failed = TestDatabase.newMigratedDatabase();
        JdbcClient.create(new DriverManagerDataSource(failed.url(), failed.owner(), failed.ownerPassword()))
                .sql("update flyway_schema_history set success = false where installed_rank = "
                        + "(select max(installed_rank) from flyway_schema_history)").update();
        assertThatThrownBy(() -> new SchemaCurrency(application(failed), BUILD).afterPropertiesSet())
                .isInstanceOf(SchemaBehind.class);
    }

    private static DriverManagerDataSource application(TestDatabase.Connection database) {
        return new DriverManagerDataSource(database.url(), database.username(), database.password());
    }
}
