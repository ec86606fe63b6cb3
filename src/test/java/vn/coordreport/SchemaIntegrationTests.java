package vn.coordreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.support.IntegrationTest;

@IntegrationTest
class SchemaIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyDatabaseIsMigratedWithTheBuiltInCatalogue() {
        assertThat(jdbc.sql("select count(*) from field").query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from indicator").query(Integer.class).single()).isEqualTo(21);
        assertThat(jdbc.sql("select f.code from indicator i join field f on f.id = i.field_id where i.code = 'NGO_PROJECT'")
                .query(String.class).single()).isEqualTo("NGO_AID");
    }

    @Test
    void theBatchAndQuartzTablesAreMigrationsToo() {
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name in "
                + "('batch_job_execution', 'qrtz_triggers', 'qrtz_locks')").query(Integer.class).single()).isEqualTo(3);
    }
}
