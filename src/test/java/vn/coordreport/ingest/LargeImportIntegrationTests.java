package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/**
 * A records.csv large enough to cross every buffer of the streaming path (many
 * COPY chunks) arrives whole. Throughput itself is measured by a benchmark
 * command, not here: {@code -Dcoordreport.perf.records=2000000} only makes the
 * file larger and prints the rate.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=LargeImportIntegrationTests") // a database of its own
class LargeImportIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLargeRecordsFileArrivesWhole(@TempDir Path folder) throws IOException {
        // given
        long n = Long.getLong("coordreport.perf.records", 200_000);
        RecordsGenerator.write(folder, n);
        long bytes = Files.size(folder.resolve("records.csv"));

        // when
        long start = System.nanoTime();
        ImportOutcome outcome = importer.importPath(folder, false);
        double seconds = (System.nanoTime() - start) / 1e9;

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(CoordinationTables.count(jdbc, "record")).isEqualTo(n);
        System.out.printf("THROUGHPUT: %,d records (%,d MB) in %.2f s = %,.0f records/s; heap used now %,d MB%n", n,
                bytes >> 20, seconds, n / seconds,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
