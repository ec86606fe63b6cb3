package vn.coordreport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the tests run against: the one named by
 * {@code COORDREPORT_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}), or
 * else one embedded server per test JVM. Each caller gets a new, empty database
 * on it, so test classes never see each other's data.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private record Server(String adminUrl, String baseUrl, String username, String password) {
    }

    private TestDatabase() {
    }

    /** A new empty database, ready for Flyway. */
    public static synchronized Connection newDatabase() {
        Server s = server();
        String name = "coordreport_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (java.sql.Connection admin = DriverManager.getConnection(s.adminUrl, s.username, s.password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Connection(s.baseUrl + name, s.username, s.password);
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        String url = System.getenv("COORDREPORT_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String base = url.substring(0, url.lastIndexOf('/') + 1);
            server = new Server(url, base, env("COORDREPORT_TEST_DB_USER", "postgres"),
                    env("COORDREPORT_TEST_DB_PASSWORD", ""));
            return server;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("coordreport-test-pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            String admin = postgres.getJdbcUrl("postgres", "postgres");
            server = new Server(admin, admin.substring(0, admin.lastIndexOf('/') + 1), "postgres", "postgres");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded test PostgreSQL", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
