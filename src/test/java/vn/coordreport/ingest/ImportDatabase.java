package vn.coordreport.ingest;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import vn.coordreport.files.TempFolders;
import vn.coordreport.support.TestDatabase;

/**
 * A new migrated database of its own on one connection, with an importer on it: no
 * application context, so that thousands of imports cost only the imports.
 */
record ImportDatabase(SingleConnectionDataSource dataSource, JdbcClient jdbc, Importer importer) implements AutoCloseable {

    static ImportDatabase fresh() {
        return on(TestDatabase.newMigratedDatabase());
    }

    /** An importer on a database already migrated. */
    static ImportDatabase on(TestDatabase.Connection db) {
        return on(db, java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** A new migrated database whose importer's today is {@code today}. */
    static ImportDatabase freshOn(java.time.LocalDate today) {
        java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        return on(TestDatabase.newMigratedDatabase(),
                java.time.Clock.fixed(today.atTime(9, 0).atZone(vietnam).toInstant(), vietnam));
    }

    private static ImportDatabase on(TestDatabase.Connection db, java.time.Clock clock) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), db.username(), db.password(), true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new ImportDatabase(dataSource, jdbc, new Importer(dataSource, jdbc, new DataSourceTransactionManager(dataSource),
                new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class),
                new TempFolders(java.nio.file.Path.of("target", "import-tmp")), ImportProperties.defaults(), clock));
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
