package vn.coordreport.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file appears whole or not at all: its bytes go to a partial file beside
 * it ({@code .partial-<pid>-<n>.tmp}), which is then renamed in one atomic
 * move. A process killed while writing leaves only its partial file, and the
 * next write into that folder removes the partial files of processes that are
 * no longer alive.
 */
public final class WholeFiles {

    static final String PARTIAL = ".partial-";
    /** Partial files of this process are numbered, so that two writes into one folder never share one. */
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

    private WholeFiles() {
    }

    /**
     * Writes {@code content} to {@code folder/name} (the folder is created if
     * need be), replacing a file of that name, and returns its path.
     *
     * @throws UncheckedIOException naming the folder when it cannot be written
     */
    public static Path write(Path folder, String name, byte[] content) {
        try {
            Files.createDirectories(folder);
            removeDeadPartials(folder);
            // created as any file of the user's (their umask), not as a temporary file readable by its owner alone:
            // the office's other accounts read the reports written into a shared folder
            Path partial = folder.resolve(PARTIAL + Processes.PID + "-" + NEXT.incrementAndGet() + ".tmp");
            try {
                try {
                    Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException left) {
                    // left by an earlier process of the same id, which the sweep above took for alive: another name
                    partial = folder.resolve(PARTIAL + Processes.PID + "-" + NEXT.incrementAndGet() + ".tmp");
                    Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
                return Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Removes the partial files that processes which are gone left in a folder; returns how many. */
    public static int removeDeadPartials(Path folder) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, PARTIAL + "*.tmp")) {
            for (Path partial : partials) {
                long pid = Processes.pidAfter(partial.getFileName().toString(), PARTIAL);
                if (pid > 0 && !Processes.alive(pid) && Files.deleteIfExists(partial)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
