package vn.coordreport.database;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import vn.coordreport.messages.Messages;

/**
 * What a user is told when the database cannot be reached, in their language: the driver's and the server's own
 * words ("Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster
 * is accepting TCP/IP connections.", "FATAL: password authentication failed for user ...") are English, and name
 * neither the setting to correct nor what to do. Recognised by the SQLSTATE, which does not depend on the server's
 * language; a state not listed here keeps the driver's words.
 */
public final class DatabaseFailures {

    /** SQLSTATE to the bundle key of what it means to a user (PostgreSQL's errcodes, pgjdbc's PSQLState). */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("08001", "database.failure.unreachable"), // pgjdbc: connection refused, unknown host, connect timed out
            Map.entry("08004", "database.failure.rejected"), // the server rejected the connection
            Map.entry("08006", "database.failure.lost"), // pgjdbc: an I/O error on an open connection
            Map.entry("08003", "database.failure.lost"), // the pool's "Connection is closed": its server went away
            Map.entry("57P01", "database.failure.lost"), // admin_shutdown: the server was stopped
            Map.entry("57P03", "database.failure.starting"), // cannot_connect_now: starting up or shutting down
            Map.entry("28P01", "database.failure.password"), // invalid_password
            Map.entry("28000", "database.failure.notAllowed"), // invalid_authorization_specification: no such role, pg_hba.conf
            Map.entry("3D000", "database.failure.noDatabase"), // invalid_catalog_name
            Map.entry("42501", "database.failure.privilege"), // insufficient_privilege: the application's role migrating
            Map.entry("53300", "database.failure.tooManyConnections")); // too_many_connections

    private DatabaseFailures() {
    }

    /**
     * What {@code e}, an exception of the database driver or the pool, means to a user; empty if it is not one we
     * know. Once the server that this process joined has stopped, each is that: not an address to check nor a server
     * to wait for, as their states would say, but a command to run again (the pool, closed then, says only that).
     */
    public static Optional<String> describe(Throwable e) {
        if (!(e instanceof SQLException sql)) {
            return Optional.empty();
        }
        Optional<Path> stopped = EmbeddedServer.joinedAndStopped();
        if (stopped.isPresent()) {
            return Optional.of(Messages.text("database.failure.joinedStopped", stopped.get()));
        }
        if ("08004".equals(sql.getSQLState()) && sql.getMessage() != null
                && sql.getMessage().contains("no password was provided")) {
            // the driver's own words (it has no Vietnamese to say them in): a user named, or none, and no password
            return Optional.of(Messages.text("database.failure.noPassword"));
        }
        return Optional.ofNullable(sql.getSQLState()).map(KNOWN::get).map(Messages::text);
    }

    /**
     * What the first exception of the driver in {@code e}'s causes that we know means to a user; empty if there is
     * none. For a failure that wraps the database's in one of its own (a job whose end could not be recorded).
     */
    public static Optional<String> inCauses(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> known = describe(t);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** Why the embedded PostgreSQL did not start in {@code data}, and what to do. */
    static String embeddedCannotStart(Path data, Exception e) {
        if (locked(e)) {
            // the advice for a folder that cannot be written or a machine without user namespaces does not apply
            return Messages.text("database.embedded.lockedByAnother", data);
        }
        if (e instanceof FileSystemException) {
            // a home that cannot be made or written (a file, a folder of another account): nor does the advice for
            // another process or user namespaces
            return Messages.text("database.embedded.homeUnusable", data, why(e));
        }
        return Messages.text("database.embedded.cannotStart", data, why(e));
    }

    /** The library's lock of the data folder, held: another coordreport process of the home runs its server. */
    private static boolean locked(Exception e) {
        return e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("could not lock");
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException denied) {
            return Messages.text("database.embedded.accessDenied", denied.getFile());
        }
        if (e instanceof NoSuchFileException missing) {
            return Messages.text("database.embedded.noSuchFolder", missing.getFile());
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return Messages.text("database.embedded.fileSystem", other.getFile(), other.getReason());
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
