package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar started as an operator starts it, {@code java -jar target/coordreport.jar}, on the embedded database:
 * the first start unpacks it into the user's cache folder ({@code XDG_CACHE_HOME}) and later ones start from that
 * copy (vn.coordreport.UnpackedStart); with {@code -Dcoordreport.unpack=false} it runs from the jar itself. The speed
 * this buys is measured by hyperfine (docs/benchmark.md), not here.
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

        // a row-only command, lean, from the same copy
        Run listed = run(cache, "", "users", "list");
        assertThat(listed.status()).as(listed.output()).isZero();
        assertThat(listed.output()).containsPattern("(?m)^an\\s+VIEWER");
        assertThat(copies(cache)).containsExactly(copy);
        assertThat(Files.getLastModifiedTime(copy.resolve("used")).toMillis()).isPositive();

        // and without the copy, as before
        Run packed = run(cache, "", "-Dcoordreport.unpack=false", "users", "list");
        assertThat(packed.status()).as(packed.output()).isZero();
        assertThat(packed.output().lines().filter(line -> !line.startsWith("…")).toList())
                .isEqualTo(listed.output().lines().filter(line -> !line.startsWith("…")).toList());
    }

    private record Run(int status, String output) {
    }

    /** Runs the jar with {@code args} ({@code -D} options first); the cache folder is {@code cache}. */
    private Run run(Path cache, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dcoordreport.home=" + folder.resolve("home")));
        int first = 0;
        while (first < args.length && args[first].startsWith("-D")) {
            command.add(args[first++]);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args).subList(first, args.length));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("COORDREPORT_"));
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static List<Path> copies(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache.resolve("coordreport"))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("coordreport-")).toList();
        }
    }
}
