package vn.coordreport.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.coordreport.CoordreportApplication;
import vn.coordreport.support.TestDatabase;
import vn.coordreport.support.TestJvm;
import vn.coordreport.tools.CoordreportTools;

/**
 * Commands run in-process as an operator runs them, on a database of the test
 * class's own: the settings a command reads from its environment are system
 * properties, set for the session and put back as they were when it closes.
 */
final class CliSession implements AutoCloseable {

    /** One command's exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    private final Map<String, String> saved = new HashMap<>();
    private final TestDatabase.Connection database;

    private CliSession(TestDatabase.Connection database) {
        this.database = database;
        database.settings().forEach(this::set);
    }

    /** A session on a new database, migrated as the first command would leave it. */
    static CliSession onNewDatabase() {
        return new CliSession(TestDatabase.newMigratedDatabase());
    }

    TestDatabase.Connection database() {
        return database;
    }

    /** Sets a setting (e.g. {@code spring.mail.port}) for the session's commands. */
    CliSession set(String key, String value) {
        // not putIfAbsent: it takes a key saved as unset (null) for absent, and would save the session's own value
        if (!saved.containsKey(key)) {
            saved.put(key, System.getProperty(key));
        }
        System.setProperty(key, value);
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(CoordreportApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs a command of coordreport-tools ({@code generate-data}, {@code bench}) as an operator runs it. */
    Run runTool(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CoordreportTools.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * Runs a command of coordreport-tools in a JVM of its own, as {@code bin/coordreport-tools} does, with the
     * session's settings: for {@code bench}, whose figures are those of the JVM it runs in (the JIT's compile time,
     * the heap), which in this one depend on the test classes run before. It compiles with C1 only, as the test JVMs
     * do.
     */
    Run runToolInItsOwnProcess(String... args) {
        List<String> options = new ArrayList<>(List.of("-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1"));
        saved.keySet().forEach(key -> options.add("-D" + key + "=" + System.getProperty(key)));
        List<String> command = TestJvm.command(options, CoordreportTools.class.getName(), args);
        try {
            Path err = Files.createTempFile("coordreport-tools-", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            try {
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("coordreport-tools " + String.join(" ", args) + " did not end");
                }
                return new Run(process.exitValue(), out, Files.readString(err));
            } finally {
                process.destroyForcibly();
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command that reads {@code stdin} as its standard input. */
    Run runWithInput(String stdin, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(in);
        }
    }

    /** Runs statements on the session's database, e.g. to leave rows as an earlier version did. */
    void execute(String sql) {
        try (var c = DriverManager.getConnection(database.url(), database.username(), database.password());
                var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The one number a query on the session's database answers, e.g. a {@code count(*)}. */
    long count(String sql) {
        try (var c = DriverManager.getConnection(database.url(), database.username(), database.password());
                var statement = c.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
