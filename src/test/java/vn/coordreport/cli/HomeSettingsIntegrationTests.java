package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's settings kept in {@code $COORDREPORT_HOME/coordreport.properties} are read by every command run with
 * that home, from whichever folder: an IT review ran a command from another folder and it used the defaults.
 */
class HomeSettingsIntegrationTests {

    @Test
    void aCommandReadsTheSettingsKeptInItsHome(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("coordreport.properties"), """
                # the office's schedule: the nightly drafts at a quarter to three
                coordreport.schedule.nightly=0 45 2 * * ?
                """);
        try (CliSession cli = CliSession.onNewDatabase().set("coordreport.home", home.toString())) {
            CliSession.Run schedules = cli.run("schedules");

            assertThat(schedules.status()).as(schedules.err()).isZero();
            assertThat(schedules.out().lines().filter(line -> line.startsWith("nightly")).findFirst().orElseThrow())
                    .contains("0 45 2 * * ?");
        }
    }
}
