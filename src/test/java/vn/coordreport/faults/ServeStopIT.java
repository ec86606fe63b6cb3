package vn.coordreport.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on the embedded default: a command run beside it uses its database, a second {@code serve} of the
 * home is refused; stopped as an operator stops it (SIGTERM), what uses the database (the scheduler, the connection
 * pool, a request in flight) stops first, then the database, which the library no longer stops on its own at the
 * signal; nothing is logged as an error, and no PostgreSQL is left running.
 */
class ServeStopIT {

    @Test
    void sigtermStopsTheApplicationAndThenItsEmbeddedDatabase(@TempDir Path home) throws Exception {
        Jar jar = new Jar(Path.of("target", "serve-stop-it").toAbsolutePath(), Map.of());
        // the deliveries every second: the scheduler's thread is in the database when the signal comes
        ServeNode node = new ServeNode("serve", Faults.freePort(), home, jar,
                Map.of("coordreport.schedule.deliveries", "* * * * * ?"));
        node.start();
        try {
            besideIt(node, jar, home);
        } finally {
            // stopped whatever the checks beside it found: a serve left running by a failed run kept writing into
            // this folder's log (serve-1.out) and failed the next run's check of its log
            node.stop();
        }

        assertThat(node.alive()).isFalse();
        String log = node.tail(Integer.MAX_VALUE);
        assertThat(log).contains("shutdown complete").doesNotContain(" ERROR ", "Exception");
        // a server stopped cleanly removes its pid file; one left running (or killed) keeps it
        assertThat(home.resolve("pgdata").resolve("postmaster.pid")).doesNotExist();
    }

    /** A command beside serve uses its database; a second serve of the home is refused. */
    private static void besideIt(ServeNode node, Jar jar, Path home) {
        node.awaitUp(Duration.ofMinutes(3));

        // a command run beside it on the same home uses its database (the log of serve's first start says to add
        // the first administrator so; it failed, the data folder locked by serve), and leaves it running
        Map<String, String> sameHome = Map.of("coordreport.home", home.toString());
        Jar.Run added = jar.finish(jar.start("users", sameHome, "users", "add", "quantri", "--role", "ADMIN",
                "--password-stdin"), Duration.ofMinutes(2), "mat-khau-dai-du\n");
        assertThat(added.status()).as(added.both()).isZero();
        assertThat(added.out()).contains("đã thêm quantri (ADMIN, mọi tỉnh)");
        Jar.Run listed = jar.finish(jar.start("users", sameHome, "users", "list"), Duration.ofMinutes(2), null);
        assertThat(listed.out()).contains("quantri");
        assertThat(node.alive()).isTrue();
        // while a second serve of the home is told why it cannot start, in the office's words
        Jar.Run second = jar.finish(jar.start("serve", Map.of("coordreport.home", home.toString(),
                "server.port", Integer.toString(Faults.freePort())), "serve"), Duration.ofMinutes(2), null);
        assertThat(second.status()).isNotZero();
        String reason = second.both().lines().filter(line -> line.startsWith("coordreport không khởi động được"))
                .findFirst().orElseThrow(() -> new AssertionError(second.both()));
        assertThat(reason).contains("một tiến trình coordreport khác đang chạy máy chủ này").doesNotContain("lock",
                "unshare");
        // said in those words in the log too, not after a hundred lines of stack trace
        assertThat(second.both()).contains("APPLICATION FAILED TO START").doesNotContain("\tat org.springframework");
    }
}
