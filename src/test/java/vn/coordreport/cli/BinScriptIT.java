package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/coordreport} runs the built jar under the name its messages and documents use
 * ({@code coordreport restart 8 --recover}), and says how to build it when it is missing.
 */
class BinScriptIT {

    @Test
    void theScriptRunsTheJarAndSaysHowToBuildItWhenMissing() throws Exception {
        Result help = run(null, "--help");
        assertThat(help.status()).as(help.output()).isZero();
        assertThat(help.output()).startsWith("Cách dùng: coordreport [-hV] [COMMAND]");

        Result missing = run("/nonexistent", "--help");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.output()).isEqualTo("coordreport: /nonexistent/coordreport.jar is missing; build it with: "
                + "mvn -B -ntp package -DskipTests\n");
    }

    private record Result(int status, String output) {
    }

    private static Result run(String jars, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "bin/coordreport");
        builder.command().addAll(java.util.List.of(args));
        builder.redirectErrorStream(true);
        if (jars != null) {
            builder.environment().put("COORDREPORT_JARS", jars);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
