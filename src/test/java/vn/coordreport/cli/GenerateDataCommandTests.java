package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.tools.CoordreportTools;

/** generate-data (coordreport-tools) runs without the application (no database) and prints each file with its rows. */
class GenerateDataCommandTests {

    @Test
    void printsTheFilesWrittenWithTheirRowCounts(@TempDir Path folder) {
        // given
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when
        int status = CoordreportTools.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "generate-data", "--provinces", "1", "--agreements-per-province", "2", "--years", "1", "--end-year",
                "2024", "--records", "1234", "--out", folder.toString());

        // then
        assertThat(err.toString()).isEmpty();
        assertThat(status).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern("records\\.csv\\s+1,234 rows").contains("agencies.csv");
        assertThat(Files.exists(folder.resolve("recipients.csv"))).isTrue();
    }

    @Test
    void aBadOptionIsBadInput(@TempDir Path folder) {
        StringWriter err = new StringWriter();
        int status = CoordreportTools.run(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "generate-data", "--years", "0", "--out", folder.toString());
        assertThat(status).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--years");
    }
}
