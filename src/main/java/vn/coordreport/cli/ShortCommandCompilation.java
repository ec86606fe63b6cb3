package vn.coordreport.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a process that runs one {@link DatabaseOnly#shortLived()
 * short-lived} command. Such a command lives a few seconds (signing or issuing a period's thirty finals too: about three in the fault scenarios),
 * and C2, compiling what Spring runs once at start, took two seconds of CPU on a two-core machine while the command
 * waited for a core: with C1 alone the command finishes about a second sooner
 * (docs/benchmark.md, "Command times"). JVM options ({@code -XX:TieredStopAtLevel=1}) cannot be given from inside
 * {@code java -jar}; a compiler directive (JEP 165), added through the JVM's diagnostic command interface as
 * {@code jcmd Compiler.directives_add} would, can.
 * <p>
 * Only for a process of its own that ends with the command: a method C2 is refused stays uncompiled by C2 for the
 * life of the JVM, so neither {@code serve}, nor the imports and jobs, nor a test JVM running commands in turn, ever
 * gets this. On a JVM without the interface it does nothing: it only changes how fast a command ends.
 */
final class ShortCommandCompilation {

    /**
     * C2 for nothing but BCrypt, whose hashing ({@code users add}) is the one loop such a command runs long enough to
     * gain from it; the first directive that matches a method applies.
     */
    static final String DIRECTIVE = """
            [
              { match: "org/springframework/security/crypto/bcrypt/*.*", c2: { Exclude: false } },
              { match: "*.*", c2: { Exclude: true } }
            ]
            """;

    private ShortCommandCompilation() {
    }

    /** Adds the directive; true if the JVM took it. */
    static boolean withoutC2() {
        try {
            Path directives = Files.createTempFile("coordreport-c1-only", ".json");
            try {
                Files.writeString(directives, DIRECTIVE);
                Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
                // "2 compiler directives added"
                return String.valueOf(answer).startsWith("2 ");
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (JMException | java.io.IOException | RuntimeException notHotSpot) {
            return false;
        }
    }
}
