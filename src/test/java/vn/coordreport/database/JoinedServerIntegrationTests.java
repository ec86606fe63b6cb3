package vn.coordreport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.coordreport.support.InVietnamese;

/**
 * A command that joined the embedded server another process runs (a {@code serve} of the same home) and saw that
 * process stop: it ends at once, saying so, where each of its transactions waited half a minute for a connection and
 * it then blamed the address in {@code SPRING_DATASOURCE_URL}.
 */
@ExtendWith(InVietnamese.class)
class JoinedServerIntegrationTests {

    @TempDir
    Path home;

    @Test
    void aJoinedServerThatStopsClosesThePoolAndIsSaidAsSuch() throws Exception {
        Path data = home.resolve("pgdata");
        EmbeddedPostgres serves = EmbeddedPostgres.builder().setDataDirectory(data).start();
        EmbeddedServer joined = EmbeddedServer.joined(data, serves.getPort());
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(joined.jdbcUrl());
            pool.setUsername("postgres");
            joined.closeWhenStopped(pool);
            assertThat(JdbcClient.create(pool).sql("select 1").query(Integer.class).single()).isEqualTo(1);
            assertThat(EmbeddedServer.joinedAndStopped()).as("while the joined server runs").isEmpty();
            assertThat(pool.getConnectionTimeout()).as("a wait for a connection").isLessThanOrEqualTo(5_000);

            // when the process that ran it stops its server
            serves.close();

            // then the pool is closed, and a connection asked for is refused at once, in the reader's words
            await().atMost(Duration.ofSeconds(10)).until(pool::isClosed);
            long asked = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOfSatisfying(SQLException.class,
                    refused -> assertThat(DatabaseFailures.describe(refused)).hasValueSatisfying(text -> assertThat(text)
                            .startsWith("Máy chủ PostgreSQL đi kèm trong " + data + " đã dừng khi lệnh đang chạy: "
                                    + "máy chủ này do một tiến trình coordreport khác (serve chẳng hạn) chạy")
                            .doesNotContain("SPRING_DATASOURCE_URL")));
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
            // a lost connection's state says the same
            assertThat(DatabaseFailures.describe(new SQLException("Connection refused", "08001")))
                    .hasValueSatisfying(text -> assertThat(text).startsWith("Máy chủ PostgreSQL đi kèm trong " + data));
        } finally {
            joined.close();
        }
        // and once the command no longer uses it, the server's states are said as for any other
        assertThat(EmbeddedServer.joinedAndStopped()).isEmpty();
        assertThat(DatabaseFailures.describe(new SQLException("Connection refused", "08001")))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Không kết nối được máy chủ PostgreSQL"));
    }

    @Test
    void aServerThisProcessStartedIsNotWatched() throws Exception {
        Path data = home.resolve("pgdata");
        try (EmbeddedPostgres own = EmbeddedPostgres.builder().setDataDirectory(data).start();
                EmbeddedServer started = EmbeddedServer.started(own);
                HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(started.jdbcUrl());
            pool.setUsername("postgres");
            started.closeWhenStopped(pool);

            assertThat(pool.getConnectionTimeout()).isEqualTo(Duration.ofSeconds(30).toMillis());
            assertThat(EmbeddedServer.joinedAndStopped()).isEmpty();
        }
    }
}
