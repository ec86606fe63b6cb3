package vn.coordreport.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import vn.coordreport.support.TestJvm;

/**
 * The built {@code target/coordreport.jar}, started as separate {@code java}
 * processes the way an operator starts it: settings as {@code -D} system
 * properties, output to a log file of each process.
 */
final class Jar {

    static final Path JAR = Path.of("target", "coordreport.jar").toAbsolutePath();
    /** generate-data and bench: not in the product, run on its classes as bin/coordreport-tools runs them. */
    static final Path TOOLS = Path.of("target", "coordreport-tools.jar").toAbsolutePath();
    private static final Set<String> TOOL_COMMANDS = Set.of("generate-data", "bench");

    /** A command that ended: its exit status and what it printed. */
    record Run(int status, String out, String err) {

        String both() {
            return out + err;
        }
    }

    private final Path logs;
    private final Map<String, String> settings;
    private final AtomicInteger started = new AtomicInteger();

    Jar(Path logs, Map<String, String> settings) {
        if (!Files.isRegularFile(JAR) || !Files.isRegularFile(TOOLS)) {
            throw new IllegalStateException(JAR + " or " + TOOLS + " is missing: the fault scenarios run at the integration-test phase, "
                    + "after 'package' has built it (mvn -B -ntp verify)");
        }
        this.logs = logs;
        this.settings = new LinkedHashMap<>(settings);
    }

    /** A process of the jar and the files its output goes to. */
    record Started(Process process, Path out, Path err) {

        long pid() {
            return process.pid();
        }

        String output() {
            try {
                return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }

    /**
     * A process of the jar with extra settings; its output goes to {@code logs/<label>-<n>.out|.err}.
     * <p>
     * With C1 alone ({@code -XX:TieredStopAtLevel=1}), as the test JVMs: the scenarios check what survives a fault,
     * not speed, and on two cores C2 compiling what each fresh process runs a few times cost the stage about 80 s of
     * CPU (283 s of user CPU against 201 s, one run of the scenarios alone each). Speed is measured by {@code bench},
     * and by {@code CommandStartIT} on JVMs as the product is started.
     */
    Started start(String label, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>(List.of(TestJvm.java(), "-Xmx768m", "-Dfile.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1"));
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(extra);
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (TOOL_COMMANDS.contains(args[0])) {
            command.addAll(List.of("-cp", JAR.toString(), "-Dloader.path=" + TOOLS,
                    "-Dloader.main=vn.coordreport.tools.CoordreportTools",
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.add("-jar");
            command.add(JAR.toString());
        }
        command.addAll(List.of(args));
        String name = label + "-" + started.incrementAndGet();
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        try {
            Files.createDirectories(logs);
            return new Started(new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", args), e);
        }
    }

    /** Runs a command to its end (killed after the timeout), with {@code stdin} as its input when not null. */
    Run run(Duration timeout, String stdin, String... args) {
        return finish(start(args[0], Map.of(), args), timeout, stdin);
    }

    /** Waits for a process started by {@link #start} and reads what it printed. */
    Run finish(Started started, Duration timeout, String stdin) {
        Process process = started.process();
        try {
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the command did not end within " + timeout + ": "
                        + process.info().commandLine().orElse("?"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            return new Run(process.exitValue(), Files.readString(started.out(), StandardCharsets.UTF_8),
                    Files.readString(started.err(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
