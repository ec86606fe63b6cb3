package vn.coordreport;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short command ({@link #SHORT_COMMANDS}: {@code users}, {@code import}, {@code approvals}, {@code sign} ...,
 * the commands that need no scheduler, web server or report engine) in a JVM of its own over the unpacked copy of the jar, with the classes it
 * loads read from a class data archive (AppCDS, JEP 350): of such a command's two and a half seconds, loading and
 * linking eight thousand classes from their jars took more than half a second, which the archive saves
 * (docs/benchmark.md, "Command times"). The JVM the operator started only waits for the command's and exits with its
 * status; standard input, output and error are the command's own.
 * <p>
 * The first such command of a build (or of another JDK) writes the archive as its JVM exits, a few seconds more
 * once; every later one maps it. The archive lies in the copy, named after the JDK, and is written under a temporary
 * name and renamed when whole. A JVM that cannot use it (a JDK updated in place, a library touched) starts as
 * without it, silently. Started with a debugger, an agent, its own class data options or {@code JAVA_TOOL_OPTIONS},
 * whose JVM options a second JVM could not simply repeat, the command runs in the operator's JVM as before; with
 * {@code -Dcoordreport.archived-classes=false} too.
 * <p>
 * The command's JVM ends with the operator's: if that one is killed ({@code kill -9}), the command's is ended within a
 * fifth of a second, as a {@code kill} ends it, rather than run on alone; if it is ended (Ctrl-C, a {@code kill}), it
 * ends the command's first and waits for it.
 * <p>
 * Uses nothing but the JDK, as {@link UnpackedStart}.
 */
final class ArchivedClassesStart {

    static final String DISABLE_PROPERTY = "coordreport.archived-classes";

    /** Set on the command's JVM: the process id of the JVM that started it and waits for it. */
    static final String LAUNCHER_PROPERTY = "coordreport.launcher-pid";

    /**
     * The commands that need no scheduler, web server or report engine (cli.DatabaseOnly), with their subcommands, by
     * their names.
     */
    static final List<String> SHORT_COMMANDS = List.of("users", "import", "undo-import", "imports", "reports", "jobs",
            "approvals", "approve", "reject", "sign", "issue", "reopen", "register", "keys", "submissions", "deliveries",
            "template", "agreements", "schedules");

    static final String APPLICATION_JAR = "application.jar";

    private static final long LAUNCHER_CHECKED_EVERY_MS = 200;

    /** An archive still being written after this long was left by a command whose launcher was killed. */
    private static final Duration LEFTOVER_AFTER = Duration.ofHours(1);

    private static final List<String> NOT_REPEATABLE = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile",
            "-XX:DumpLoadedClassList", "-XX:Flags", "-XX:VMOptionsFile");

    private ArchivedClassesStart() {
    }

    /** Whether {@code args} name a short command that is run this way. */
    static boolean suits(String[] args) {
        return args.length > 0 && SHORT_COMMANDS.contains(args[0])
                && !"false".equals(System.getProperty(DISABLE_PROPERTY));
    }

    /**
     * Runs {@code application}'s main with {@code args} in a JVM of its own over {@code copy} and returns its exit
     * status; empty if it cannot be started so (and the caller runs the command itself). Once started, the command
     * has run: nothing after that throws, so that the caller never runs it a second time.
     */
    static OptionalInt run(Path copy, Class<?> application, String[] args) throws IOException, InterruptedException {
        Optional<List<String>> options = jvmOptions();
        Path applicationJar = copy.resolve(APPLICATION_JAR);
        if (options.isEmpty() || !Files.isRegularFile(applicationJar)) {
            return OptionalInt.empty();
        }
        Path archive = copy.resolve(archiveName());
        boolean mapped = Files.isRegularFile(archive);
        if (!mapped) {
            removeLeftovers(copy, Instant.now().minus(LEFTOVER_AFTER));
        }
        Path written = copy.resolve(".partial-" + archive.getFileName() + "-" + UUID.randomUUID());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.get());
        command.add(mapped ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + written);
        // the JVM says on standard output why it cannot use an archive (or skips a class while writing one): the
        // command's output is the command's alone, and without the archive it only starts slower
        command.add("-Xlog:cds*=off");
        command.add("-Xlog:class+path=off");
        command.add("-D" + LAUNCHER_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath(copy));
        command.add(application.getName());
        command.addAll(Arrays.asList(args));

        Process process = new ProcessBuilder(command).inheritIO().start();
        Thread forward = new Thread(() -> endAndWait(process), "coordreport-end-command");
        Runtime.getRuntime().addShutdownHook(forward);
        int status = process.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException shuttingDown) {
            // this JVM is being ended: the hook has ended the command's
        }
        if (!mapped) {
            keep(written, archive, status == 0);
        }
        return OptionalInt.of(status);
    }

    /**
     * In the command's JVM: ends it when the JVM that started it ends without ending it first (killed). A process
     * whose parent dies is handed to another at once (the JDK's {@code onExit} would wait until the dead one is reaped,
     * which its own parent may never do), so its parent is checked five times a second.
     */
    static void endWithLauncher() {
        String property = System.getProperty(LAUNCHER_PROPERTY);
        if (property == null) {
            return;
        }
        long launcher = Long.parseLong(property);
        Thread watch = new Thread(() -> {
            try {
                while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == launcher) {
                    Thread.sleep(LAUNCHER_CHECKED_EVERY_MS);
                }
                // as a kill would: 128 + SIGTERM; the shutdown hooks run
                System.exit(143);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "coordreport-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The JVM options this JVM was started with (before {@code -jar}), if a second JVM may simply repeat them. */
    private static Optional<List<String>> jvmOptions() {
        if (System.getenv("JAVA_TOOL_OPTIONS") != null) {
            return Optional.empty();
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = List.of(arguments.get());
        int jar = all.indexOf("-jar");
        if (jar < 0) {
            return Optional.empty();
        }
        List<String> options = all.subList(0, jar);
        for (String option : options) {
            if (NOT_REPEATABLE.stream().anyMatch(option::startsWith)) {
                return Optional.empty();
            }
        }
        return Optional.of(options);
    }

    /** The copy's classes (with the jar's own {@code META-INF}) and libraries, in the jar's class path order. */
    private static String classPath(Path copy) throws IOException {
        StringBuilder path = new StringBuilder(copy.resolve(APPLICATION_JAR).toString());
        for (Path library : UnpackedStart.libraries(copy)) {
            path.append(File.pathSeparatorChar).append(library);
        }
        return path.toString();
    }

    /** The archive of this JDK: one written by another JDK (or another build of it) cannot be mapped. */
    private static String archiveName() {
        return "classes-" + UnpackedStart.digest(System.getProperty("java.home") + "\n"
                + System.getProperty("java.vm.version")) + ".jsa";
    }

    /**
     * Removes the archives that commands' JVMs began writing before {@code before} and no launcher renamed: one whose
     * launcher was killed writes its archive as it ends, with nobody left to keep it.
     */
    static void removeLeftovers(Path copy, Instant before) {
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(copy, ".partial-classes-*")) {
            for (Path file : partial) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException notCritical) {
            // removed with the copy
        }
    }

    /**
     * Renames the archive the command's JVM wrote, if it ended well and wrote one; else removes what it left. Never
     * fails: the command has run, and without the archive the next one only starts slower.
     */
    private static void keep(Path written, Path archive, boolean ended) {
        try {
            if (ended && Files.isRegularFile(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException cannotRename) {
            // left for the next command to write
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException cannotRemove) {
                // removed with the copy
            }
        }
    }

    private static void endAndWait(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
