package vn.coordreport.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, a
 * PostgreSQL 17 server is started for the life of the process, its data kept in
 * {@code $COORDREPORT_HOME/pgdata} between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${coordreport.home}") Path home) {
        Path data = home.resolve("pgdata").toAbsolutePath();
        try {
            Files.createDirectories(data);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    Could not start the embedded PostgreSQL in %s: %s
                    If another coordreport process uses the same COORDREPORT_HOME, stop it or \
                    set COORDREPORT_HOME to another folder. Where processes cannot be started in \
                    a user namespace (unshare), point SPRING_DATASOURCE_URL, \
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at a PostgreSQL server."""
                    .formatted(data, e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }
}
