package vn.coordreport.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server the harness controls: one data folder and one port,
 * stopped (a fast shutdown: sessions are cut, as when the server goes down)
 * and started again on the same folder, so the data survives and the nodes'
 * URL stays right. Its databases are set up as an administrator sets one up
 * (see the README, "Database roles"): owned by {@value #OWNER}, whom the nodes
 * migrate as, and used by {@value #APPLICATION}, a role that may only read and
 * write rows.
 */
final class PostgresServer implements AutoCloseable {

    static final String OWNER = "coordreport_owner";
    static final String APPLICATION = "coordreport_app";
    static final String OWNER_PASSWORD = "mat-khau-chu-so-huu";
    static final String APPLICATION_PASSWORD = "mat-khau-ung-dung";

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    PostgresServer(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    void start() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port + " in " + data, e);
        }
    }

    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL on port " + port, e);
        } finally {
            server = null;
        }
    }

    boolean running() {
        return server != null;
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    void createDatabase(String name) {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("drop role if exists " + OWNER);
            statement.execute("drop role if exists " + APPLICATION);
            statement.execute("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'");
            statement.execute("create role " + APPLICATION + " login password '" + APPLICATION_PASSWORD + "'");
            statement.execute("create database " + name + " owner " + OWNER + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
