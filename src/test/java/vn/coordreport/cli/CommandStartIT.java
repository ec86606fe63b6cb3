package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.support.TestJvm;

/**
 * The built jar started as an operator starts it, {@code java -jar target/coordreport.jar}, on the embedded database:
 * the first start unpacks it into the user's cache folder ({@code XDG_CACHE_HOME}) and later ones start from that
 * copy (vn.coordreport.UnpackedStart); with {@code -Dcoordreport.unpack=false} it runs from the jar itself. A short
 * command runs in a JVM of its own over the copy, with the classes the first one loaded archived
 * (vn.coordreport.ArchivedClassesStart). The speed this buys is measured by hyperfine (docs/benchmark.md), not here.
 */
class CommandStartIT {

    private static final Path JAR = Path.of("target", "coordreport.jar").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void commandsStartFromOneUnpackedCopyOfTheJar() throws Exception {
        Path cache = folder.resolve("cache");

        // users add on an empty database: behind the build, so it starts in full and migrates
        Run added = run(cache, "correct horse battery staple\n", "users", "add", "an", "--role", "VIEWER",
                "--password-stdin");
        assertThat(added.status()).as(added.output()).isZero();
        assertThat(added.output()).contains("đã thêm an (VIEWER, mọi tỉnh)");
        List<Path> copies = copies(cache);
        assertThat(copies).hasSize(1);
        Path copy = copies.get(0);
        assertThat(copy.resolve("classes/vn/coordreport/CoordreportApplication.class")).exists();
        try (Stream<Path> libraries = Files.list(copy.resolve("lib"))) {
            assertThat(libraries.count()).isGreaterThan(100);
        }
        Files.setLastModifiedTime(copy.resolve("used"), FileTime.fromMillis(0));

        // a short command runs in a JVM of its own over the copy; the first one wrote the classes it loaded into an
        // archive as it ended (vn.coordreport.ArchivedClassesStart), and no line of that reached its output
        assertThat(added.output()).doesNotContain("[cds").doesNotContain("warning");
        assertThat(archives(copy)).hasSize(1);
        Path archive = archives(copy).get(0);
        FileTime written = Files.getLastModifiedTime(archive);

        // a row-only command, lean, from the same copy, its JVM mapping that archive
        Run listed = run(cache, "", "users", "list");
        assertThat(listed.status()).as(listed.output()).isZero();
        assertThat(listed.output()).containsPattern("(?m)^an\\s+VIEWER");
        assertThat(copies(cache)).containsExactly(copy);
        assertThat(Files.getLastModifiedTime(copy.resolve("used")).toMillis()).isPositive();
        assertThat(archives(copy)).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);

        // a refused command's status and words come through the JVM that started it
        Run refused = run(cache, "x\n", "users", "add", "an", "--role", "VIEWER", "--password-stdin");
        assertThat(refused.status()).as(refused.output()).isEqualTo(1);
        Run refusedInOne = run(cache, "x\n", "-Dcoordreport.archived-classes=false", "users", "add", "an", "--role",
                "VIEWER", "--password-stdin");
        assertThat(refusedInOne.status()).isEqualTo(1);
        assertThat(refused.output().lines().filter(line -> !line.startsWith("…")).toList())
                .isEqualTo(refusedInOne.output().lines().filter(line -> !line.startsWith("…")).toList())
                .isNotEmpty();

        // and without the copy, as before
        Run packed = run(cache, "", "-Dcoordreport.unpack=false", "users", "list");
        assertThat(packed.status()).as(packed.output()).isZero();
        assertThat(packed.output().lines().filter(line -> !line.startsWith("…")).toList())
                .isEqualTo(listed.output().lines().filter(line -> !line.startsWith("…")).toList());
    }

    @Test
    void aShortCommandsJvmEndsWhenTheJvmThatStartedItIsKilled() throws Exception {
        Path cache = folder.resolve("cache");
        Path output = folder.resolve("output.txt");
        // it waits for a password on its standard input, a named pipe this test keeps open: a pipe of the JDK's
        // would be closed with the launcher, and the command would end on reading its end
        Path input = folder.resolve("input");
        assertThat(new ProcessBuilder("mkfifo", input.toString()).start().waitFor()).isZero();
        try (RandomAccessFile writer = new RandomAccessFile(input.toFile(), "rw")) {
            Process launcher = builder(cache, "users", "add", "waiting", "--role", "VIEWER", "--password-stdin")
                    .redirectInput(input.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            List<ProcessHandle> commands = new ArrayList<>();
            try {
                await().atMost(Duration.ofMinutes(3))
                        .until(() -> Files.readString(output).contains("Đã khởi động"));
                ProcessHandle command = launcher.toHandle().children().findFirst().orElseThrow();
                commands.add(command);
                assertThat(command.info().commandLine().orElse(""))
                        .contains("-Dcoordreport.launcher-pid=" + launcher.pid());

                launcher.destroyForcibly();

                await().atMost(Duration.ofSeconds(30)).until(() -> !command.isAlive());
            } finally {
                launcher.destroyForcibly();
                // ended as a kill ends it, so that it stops its database
                for (ProcessHandle command : commands) {
                    command.destroy();
                    await().atMost(Duration.ofSeconds(30)).until(() -> !command.isAlive());
                }
            }
        }
    }

    private record Run(int status, String output) {
    }

    /** Runs the jar with {@code args} ({@code -D} options first); the cache folder is {@code cache}. */
    private Run run(Path cache, String stdin, String... args) throws IOException, InterruptedException {
        Process process = builder(cache, args).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private ProcessBuilder builder(Path cache, String... args) {
        List<String> command = new ArrayList<>(List.of(TestJvm.java(),
                "-Xmx768m", "-Dcoordreport.home=" + folder.resolve("home")));
        int first = 0;
        while (first < args.length && args[first].startsWith("-D")) {
            command.add(args[first++]);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args).subList(first, args.length));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("COORDREPORT_")
                || name.equals("JAVA_TOOL_OPTIONS"));
        return builder;
    }

    private static List<Path> archives(Path copy) throws IOException {
        try (Stream<Path> entries = Files.list(copy)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static List<Path> copies(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache.resolve("coordreport"))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("coordreport-")).toList();
        }
    }
}
