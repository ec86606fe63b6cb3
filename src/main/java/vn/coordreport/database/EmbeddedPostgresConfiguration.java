package vn.coordreport.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, a
 * PostgreSQL 17 server is started for the life of the process, its data kept in
 * {@code $COORDREPORT_HOME/pgdata} between runs. Flyway migrates it as
 * {@value EmbeddedRoles#OWNER} and the application connects as
 * {@value EmbeddedRoles#APPLICATION} ({@link EmbeddedRoles}), as they would on
 * a server of their own.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    /** The database the application uses: the one initdb creates. */
    static final String DATABASE = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${coordreport.home}") Path home) {
        Path data = home.resolve("pgdata").toAbsolutePath();
        EmbeddedPostgres postgres = start(data);
        try {
            EmbeddedRoles.create(postgres.getDatabase("postgres", DATABASE));
            return postgres;
        } catch (RuntimeException e) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
    }

    private static EmbeddedPostgres start(Path data) {
        try {
            Files.createDirectories(data);
            LeftServer.stopIfLeft(data);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // stopped by this bean's close, after what uses it (the scheduler, the pool, a request in
                    // flight): the library's own JVM hook would stop it at SIGTERM, beside Spring's shutdown
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    // The library starts a test server: fsync off (-F) and commits acknowledged before they are
                    // written. Here it holds the office's data: an issued number or a mail marked sent must survive
                    // a power cut (a mail marked sent, lost, is sent again; a number lost is given twice), and with
                    // fsync off a crash may leave the whole cluster unreadable. A later -c overrides -F.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Bulk loads (see the README's "Importing data"): no WAL for what a transaction creates or
                    // empties itself (a large import's records and indexes), no checkpoint in the middle of one.
                    // The embedded server is not replicated, so the WAL needs no more than crash recovery.
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("wal_buffers", "16MB")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(DatabaseFailures.embeddedCannotStart(data, e), e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedRoles.APPLICATION, DATABASE));
        dataSource.setUsername(EmbeddedRoles.APPLICATION);
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }

    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedPostgres postgres) {
        return new FlywayConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl(EmbeddedRoles.OWNER, DATABASE);
            }

            @Override
            public String getUsername() {
                return EmbeddedRoles.OWNER;
            }

            @Override
            public String getPassword() {
                return null;
            }
        };
    }
}
