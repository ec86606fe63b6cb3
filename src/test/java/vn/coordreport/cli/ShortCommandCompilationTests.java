package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import vn.coordreport.support.TestJvm;

/**
 * The compiler directive of a row-only command's own process ({@link ShortCommandCompilation}), read back from a JVM
 * of its own as {@code jcmd Compiler.directives_print} would: a test JVM must never get it (it would run every later
 * test without C2), which {@code UsersCommandIntegrationTests} checks of the commands run in this one.
 */
class ShortCommandCompilationTests {

    @Test
    void theCommandsProcessCompilesWithC1OnlyButForBcrypt() throws Exception {
        Process probe = new ProcessBuilder(TestJvm.command(List.of(), Probe.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).startsWith("taken: true");
        assertThat(output).contains("matching: org/springframework/security/crypto/bcrypt/*.*");
        assertThat(directivesExcludingC2(output)).isEqualTo(1);
    }

    /** How many directives of {@code jcmd Compiler.directives_print}'s output refuse a compiler its methods. */
    static long directivesExcludingC2(String directives) {
        return directives.lines().filter(line -> line.contains("Exclude:true")).count();
    }

    /** This JVM's compiler directives. */
    static String directives() throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** Adds the directive in a JVM of its own and prints what it took, then the JVM's directives. */
    static final class Probe {

        public static void main(String[] args) throws JMException, IOException {
            System.out.println("taken: " + ShortCommandCompilation.withoutC2());
            System.out.println(directives());
        }
    }
}
