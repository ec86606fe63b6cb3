package vn.coordreport.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on the embedded default, stopped as an operator stops it (SIGTERM): what uses the database
 * (the scheduler, the connection pool, a request in flight) stops first, then the database, which the library
 * no longer stops on its own at the signal; nothing is logged as an error, and no PostgreSQL is left running.
 */
class ServeStopIT {

    @Test
    void sigtermStopsTheApplicationAndThenItsEmbeddedDatabase(@TempDir Path home) throws Exception {
        Jar jar = new Jar(Path.of("target", "serve-stop-it").toAbsolutePath(), Map.of());
        // the deliveries every second: the scheduler's thread is in the database when the signal comes
        ServeNode node = new ServeNode("serve", Faults.freePort(), home, jar,
                Map.of("coordreport.schedule.deliveries", "* * * * * ?"));
        node.start();
        node.awaitUp(Duration.ofMinutes(3));

        node.stop();

        assertThat(node.alive()).isFalse();
        String log = node.tail(Integer.MAX_VALUE);
        assertThat(log).contains("shutdown complete").doesNotContain(" ERROR ", "Exception");
        // a server stopped cleanly removes its pid file; one left running (or killed) keeps it
        assertThat(home.resolve("pgdata").resolve("postmaster.pid")).doesNotExist();
    }
}
