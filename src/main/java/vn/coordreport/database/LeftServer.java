package vn.coordreport.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.coordreport.messages.Messages;

/**
 * The embedded PostgreSQL left running by a coordreport process that was killed (kill -9, the machine's out-of-memory
 * killer): nobody stops it, and every later start waited a minute for a server it could not start, then said that
 * another coordreport process might be using the home, when none was. The process that holds the data folder's lock
 * ({@code epg-lock}, taken by the library while its server runs) is alive while it holds it: a server whose folder's
 * lock nobody holds was left, and is stopped (a smart shutdown: its sessions died with their process) before a new one
 * starts.
 */
final class LeftServer {

    private static final Logger log = LoggerFactory.getLogger(LeftServer.class);
    private static final Duration STOPPING = Duration.ofSeconds(60);

    private LeftServer() {
    }

    static void stopIfLeft(Path data) throws IOException {
        Optional<ProcessHandle> server = running(data);
        if (server.isEmpty()) {
            return;
        }
        Path lockFile = data.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return; // this JVM runs it
            }
            if (lock == null) {
                return; // another coordreport process runs it: the library says so
            }
            try {
                log.warn(Messages.text("log.database.leftServer", String.valueOf(server.get().pid()), data));
                server.get().destroy();
                server.get().onExit().get(STOPPING.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException(Messages.text("database.embedded.leftServerRunning",
                        String.valueOf(server.get().pid()), data), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                lock.release();
            }
        }
    }

    /**
     * The server of this data folder that another live coordreport process runs (it holds the folder's lock): a
     * command run beside {@code serve} uses it rather than failing to start its own. A server still starting (a
     * {@code serve} started a moment before) is waited for, up to {@code wait}. Nothing when nobody else holds the
     * lock (no server, or one left: {@link #stopIfLeft}), or when the server does not come up in time.
     */
    static OptionalInt ofAnotherProcess(Path data, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (heldByAnotherProcess(data)) {
            OptionalInt port = readyPort(data);
            if (port.isPresent() || System.nanoTime() > deadline) {
                return port;
            }
            try {
                Thread.sleep(200); // another process's start: nothing here to be told of it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** Whether another live process holds the data folder's lock: it runs, or is starting, its server. */
    static boolean heldByAnotherProcess(Path data) throws IOException {
        Path lockFile = data.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return false;
            }
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM runs it
        }
    }

    /** The port of the folder's server once it accepts connections ({@code postmaster.pid}'s status). */
    private static OptionalInt readyPort(Path data) throws IOException {
        if (running(data).isEmpty()) {
            return OptionalInt.empty();
        }
        // postmaster.pid: process, folder, start time, port, socket folder, address, shared memory, status
        List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        if (lines.size() < 8 || !lines.get(7).strip().equals("ready") || !lines.get(3).strip().matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(lines.get(3).strip()));
    }

    /** Whether the folder's server runs (whoever started it). */
    static boolean runs(Path data) throws IOException {
        return running(data).isPresent();
    }

    /** The postmaster named by the folder's {@code postmaster.pid}, when it is alive and a PostgreSQL server. */
    private static Optional<ProcessHandle> running(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }
}
