package vn.coordreport.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own for a test: this JDK's {@code java} and, for a class of the tests' own, their class path. For what
 * depends on the JVM it runs in (a process killed mid-render, the memory of an import, a compiler directive, two
 * clerks numbering at once).
 */
public final class TestJvm {

    private TestJvm() {
    }

    /** The {@code java} of the JDK running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java}, the {@code options}, then {@code mainClass} on the tests' class path with {@code args}. */
    public static List<String> command(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
