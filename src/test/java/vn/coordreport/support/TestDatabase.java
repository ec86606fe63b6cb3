package vn.coordreport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the tests run against: the one named by
 * {@code COORDREPORT_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}, a
 * user that may create roles and databases), or else one embedded server per
 * test JVM. Each caller gets a new database on it, empty or already migrated (a
 * copy of one migrated once per JVM), so test classes never see each other's data. As in production (see the README, "Database roles"),
 * the database belongs to an owner role that Flyway migrates as, and the
 * application connects as a role that may only read and write rows: every test
 * that runs the application shows that the migrations grant it enough.
 */
public final class TestDatabase {

    static final String OWNER = "coordreport_test_owner";
    static final String APPLICATION = "coordreport_test_app";
    private static final String PASSWORD = "coordreport-test";

    /**
     * A database: {@code username} and {@code password} are the application's role, {@code owner} and
     * {@code ownerPassword} the owner's.
     */
    public record Connection(String url, String username, String password, String owner, String ownerPassword) {

        /** The settings that point the application at it, both roles named as an administrator names them. */
        public Map<String, String> settings() {
            return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                    "spring.datasource.password", password, "spring.flyway.user", owner,
                    "spring.flyway.password", ownerPassword);
        }

        /** Flyway on this database as the application runs it: as the owner, granting the application's role. */
        public Flyway flyway() {
            return Flyway.configure().dataSource(url, owner, ownerPassword).locations("classpath:db/migration")
                    .placeholders(Map.of("application_role", username)).load();
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;
    /** The database every migrated one is copied from; nobody connects to it once migrated. */
    private static String migrated;

    private record Server(String adminUrl, String baseUrl, String username, String password) {
    }

    private TestDatabase() {
    }

    /** A new empty database, ready for Flyway (a test of the migrations themselves starts here). */
    public static synchronized Connection newDatabase() {
        return create("template0");
    }

    /**
     * A new database migrated to the latest version, as Flyway leaves it: a copy of one migrated once per
     * test JVM, which takes a fraction of a second where migrating each took seconds. Flyway, run again on
     * it by the application, finds nothing to do.
     */
    public static synchronized Connection newMigratedDatabase() {
        if (migrated == null) {
            Connection template = create("template0");
            template.flyway().migrate();
            migrated = template.url().substring(template.url().lastIndexOf('/') + 1);
        }
        return create(migrated);
    }

    private static Connection create(String template) {
        Server s = server();
        String name = "coordreport_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (java.sql.Connection admin = DriverManager.getConnection(s.adminUrl, s.username, s.password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " owner " + OWNER + " encoding 'UTF8' template " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Connection(s.baseUrl + name, APPLICATION, PASSWORD, OWNER, PASSWORD);
    }

    /** The owner and the application's role, once per server; another test JVM may be creating them too. */
    private static void createRoles(Server s) {
        try (java.sql.Connection admin = DriverManager.getConnection(s.adminUrl, s.username, s.password);
                Statement statement = admin.createStatement()) {
            for (String role : new String[] {OWNER, APPLICATION}) {
                try {
                    statement.execute("create role " + role + " login password '" + PASSWORD + "'");
                } catch (SQLException e) {
                    if (!"42710".equals(e.getSQLState())) { // duplicate_object: it exists already
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test roles: " + e.getMessage(), e);
        }
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
            createRoles(server);
            return server;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("coordreport-test-pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    // every cached test context keeps a pool of 10; the roles are not superusers, so the 3 slots
                    // kept for superusers are not theirs (300 was just enough when the tests connected as one)
                    .setServerConfig("max_connections", "400")
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
            createRoles(server);
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
