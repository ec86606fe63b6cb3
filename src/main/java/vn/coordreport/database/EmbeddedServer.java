package vn.coordreport.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server a process uses: one it started, which it stops when it ends, or the one another coordreport
 * process of the same home runs (a command run beside {@code serve}), which it only connects to.
 */
final class EmbeddedServer implements AutoCloseable {

    private final int port;
    /** The server this process started, or null when it joined another's. */
    private final EmbeddedPostgres started;

    private EmbeddedServer(int port, EmbeddedPostgres started) {
        this.port = port;
        this.started = started;
    }

    static EmbeddedServer started(EmbeddedPostgres postgres) {
        return new EmbeddedServer(postgres.getPort(), postgres);
    }

    static EmbeddedServer joined(int port) {
        return new EmbeddedServer(port, null);
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
        }
    }
}
