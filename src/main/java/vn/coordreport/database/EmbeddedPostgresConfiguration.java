package vn.coordreport.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.OptionalInt;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.messages.Messages;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, a
 * PostgreSQL 17 server is started for the life of the process, its data kept in
 * {@code $COORDREPORT_HOME/pgdata} between runs. Flyway migrates it as
 * {@value EmbeddedRoles#OWNER} and the application connects as
 * {@value EmbeddedRoles#APPLICATION} ({@link EmbeddedRoles}), as they would on
 * a server of their own, each with its password ({@link EmbeddedPasswords},
 * {@link EmbeddedAccess}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** How long a command waits for the server of a serve that is starting on the same home. */
    private static final Duration JOIN_WAIT = Duration.ofSeconds(60);

    /** The database the application uses: the one initdb creates. */
    static final String DATABASE = "postgres";

    @Bean
    EmbeddedPasswords embeddedPasswords(@Value("${coordreport.home}") Path home) {
        return EmbeddedPasswords.of(home, data(home));
    }

    /**
     * With {@code coordreport.embedded.join-running} (every command but {@code serve}), a server that another
     * coordreport process of the home runs is used as it is: {@code users add} beside a running {@code serve}
     * failed, the folder locked. Its roles, passwords and rules are that process's to set.
     */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(@Value("${coordreport.home}") Path home, EmbeddedPasswords passwords,
            @Value("${coordreport.embedded.join-running:false}") boolean joinRunning) {
        Path data = data(home);
        if (joinRunning) {
            OptionalInt running = runningElsewhere(data);
            if (running.isPresent()) {
                log.info(Messages.text("log.database.joined", data, String.valueOf(running.getAsInt())));
                return EmbeddedServer.joined(data, running.getAsInt());
            }
        }
        EmbeddedPostgres postgres = start(data, passwords);
        try {
            DataSource superuser = postgres.getDatabase(EmbeddedPasswords.SUPERUSER, DATABASE);
            EmbeddedRoles.create(superuser, passwords);
            if (EmbeddedAccess.requirePasswords(data)) {
                JdbcClient.create(superuser).sql("select pg_reload_conf()").query(Boolean.class).single();
            }
            passwords.markFolder(data);
            return EmbeddedServer.started(postgres);
        } catch (IOException | RuntimeException e) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException stopping) {
                e.addSuppressed(stopping);
            }
            throw e instanceof RuntimeException unchecked ? unchecked : new UncheckedIOException((IOException) e);
        }
    }

    private static OptionalInt runningElsewhere(Path data) {
        try {
            return LeftServer.ofAnotherProcess(data, JOIN_WAIT);
        } catch (IOException e) {
            throw new EmbeddedServerFailure(DatabaseFailures.embeddedCannotStart(data, e), e);
        }
    }

    private static Path data(Path home) {
        return home.resolve("pgdata").toAbsolutePath();
    }

    private static EmbeddedPostgres start(Path data, EmbeddedPasswords passwords) {
        Path superuserPassword = null;
        try {
            Files.createDirectories(data);
            LeftServer.stopIfLeft(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!Files.exists(data.resolve("postgresql.conf"))) {
                // a new data folder asks for passwords from its first start: initdb's own options, after the
                // library's -A trust, and the superuser's password read from a file (initdb --pwfile)
                superuserPassword = Files.createTempFile(passwords.file().getParent(), "pgpass-initdb", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(superuserPassword, passwords.of(EmbeddedPasswords.SUPERUSER));
                builder.setLocaleConfig("pwfile", superuserPassword.toString())
                        .setLocaleConfig("auth-host", EmbeddedAccess.METHOD)
                        .setLocaleConfig("auth-local", EmbeddedAccess.METHOD);
            }
            return builder
                    .setConnectConfig("password", passwords.of(EmbeddedPasswords.SUPERUSER))
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
            throw new EmbeddedServerFailure(DatabaseFailures.embeddedCannotStart(data, e), e);
        } finally {
            deleteQuietly(superuserPassword);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left in the home, readable by its owner only, as the passwords' file beside it
            }
        }
    }

    @Bean
    DataSource dataSource(EmbeddedServer server, EmbeddedPasswords passwords) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedRoles.APPLICATION);
        dataSource.setPassword(passwords.of(EmbeddedRoles.APPLICATION));
        dataSource.setMaximumPoolSize(16);
        server.closeWhenStopped(dataSource);
        return dataSource;
    }

    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedServer server, EmbeddedPasswords passwords) {
        return new FlywayConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return EmbeddedRoles.OWNER;
            }

            @Override
            public String getPassword() {
                return passwords.of(EmbeddedRoles.OWNER);
            }
        };
    }
}
