package vn.coordreport.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server a process uses: one it started, which it stops when it ends, or the one another coordreport
 * process of the same home runs (a command run beside {@code serve}), which it only connects to.
 */
final class EmbeddedServer implements AutoCloseable {

    /**
     * The data folder of the server this process joined, while it uses it: a process runs one application, so one
     * server. Read by {@link DatabaseFailures}, which is told of a failure without the context it happened in.
     */
    private static volatile Path joinedNow;

    private static final long WATCHED_EVERY_MS = 500;
    private static final long JOINED_CONNECTION_WAIT_MS = 5_000;

    private final int port;
    /** The server this process started, or null when it joined another's. */
    private final EmbeddedPostgres started;
    /** The data folder of the server joined, or null for one this process started. */
    private final Path joined;

    private EmbeddedServer(int port, EmbeddedPostgres started, Path joined) {
        this.port = port;
        this.started = started;
        this.joined = joined;
    }

    static EmbeddedServer started(EmbeddedPostgres postgres) {
        return new EmbeddedServer(postgres.getPort(), postgres, null);
    }

    static EmbeddedServer joined(Path data, int port) {
        joinedNow = data;
        return new EmbeddedServer(port, null, data);
    }

    /**
     * For a joined server, closes {@code pool} once that server stops, and has it wait at most
     * {@value #JOINED_CONNECTION_WAIT_MS} ms for a connection (its default is 30 s): each connection the pool was asked
     * for was otherwise waited for until that timeout, and asked for again by the next transaction, and a job whose
     * {@code serve} stopped under it took three minutes to say so. Closed, the pool refuses at once, and the command
     * ends saying why ({@link DatabaseFailures}). A command uses a few of the pool's connections at most, so that a
     * wait for one is a server gone, not a busy pool. Nothing for a server this process started.
     */
    void closeWhenStopped(HikariDataSource pool) {
        Path data = joined;
        if (data == null) {
            return;
        }
        pool.setConnectionTimeout(JOINED_CONNECTION_WAIT_MS);
        Thread watch = new Thread(() -> {
            try {
                while (!pool.isClosed() && LeftServer.runs(data)) {
                    Thread.sleep(WATCHED_EVERY_MS);
                }
            } catch (IOException unreadable) {
                return; // the folder cannot be read: the pool's own timeouts say what follows
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pool.close();
        }, "coordreport-joined-server-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The data folder of the server this process joined, once that server no longer runs: the {@code serve} that ran
     * it stopped while this process used it. Empty when this process started its own server, or the joined one runs.
     */
    static Optional<Path> joinedAndStopped() {
        Path data = joinedNow;
        if (data == null) {
            return Optional.empty();
        }
        try {
            return LeftServer.runs(data) ? Optional.empty() : Optional.of(data);
        } catch (IOException unreadable) {
            return Optional.empty(); // said as any other lost connection
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresConfiguration.DATABASE;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        } else if (joined.equals(joinedNow)) {
            joinedNow = null;
        }
    }
}
