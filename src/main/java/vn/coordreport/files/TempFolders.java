package vn.coordreport.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/**
 * This process's temporary files (unpacked uploads, the web server's work
 * folder and the uploads it receives): all under
 * {@code $COORDREPORT_HOME/tmp/<host>-<pid>}, removed when the process stops.
 * A process that was killed cannot remove its own: the next one to start on
 * the host removes every such folder whose process is no longer alive.
 */
@Component
public class TempFolders {

    /** This process's folder name under {@code $COORDREPORT_HOME/tmp}. */
    public static final String PROCESS_FOLDER = Processes.HOST + "-" + Processes.PID;

    private static final Logger log = LoggerFactory.getLogger(TempFolders.class);

    private final Path root;
    private final Path mine;

    public TempFolders(@Value("${coordreport.home}") Path home) {
        this.root = home.resolve("tmp").toAbsolutePath();
        this.mine = root.resolve(PROCESS_FOLDER);
        int removed = removeDeadProcessFolders();
        if (removed > 0) {
            log.info(Messages.text("log.temp.removed", removed, root));
        }
    }

    /** A new empty folder of this process's, e.g. for an upload being unpacked. */
    public Path newFolder(String prefix) {
        try {
            Files.createDirectories(mine);
            return Files.createTempDirectory(mine, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder in " + mine + ": " + e.getMessage(), e);
        }
    }

    /** Removes a folder made by {@link #newFolder} and what it holds; a failure only leaves it for the cleaning. */
    public void remove(Path folder) {
        if (folder != null) {
            deleteTree(folder);
        }
    }

    /** Removes the folders of this host's processes that are no longer alive; returns how many. */
    final int removeDeadProcessFolders() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Processes.HOST + "-*")) {
            for (Path folder : folders) {
                long pid = Processes.pidAfter(folder.getFileName().toString(), Processes.HOST + "-");
                if (pid > 0 && pid != Processes.PID && !Processes.alive(pid) && deleteTree(folder)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn(Messages.text("log.temp.cannotList", root, e.getMessage()));
        }
        return removed;
    }

    @PreDestroy
    void removeMine() {
        deleteTree(mine);
    }

    private static boolean deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn(Messages.text("log.temp.cannotRemove", folder, e.getMessage()));
        }
        return !Files.exists(folder);
    }
}
