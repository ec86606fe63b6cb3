package vn.coordreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.support.IntegrationTest;

/** What generate-data writes is accepted by import as it stands. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=GenerateDataIntegrationTests") // a database of its own
class GenerateDataIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedDataImportsWithoutProblems(@TempDir Path folder) throws IOException {
        // given
        DataGenerator.write(new GenerateOptions(2, 2, 2, 2024, 5000, 7), folder);

        // when
        ImportOutcome outcome = importer.importPath(folder, false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(jdbc.sql("select count(*) from record").query(Long.class).single()).isEqualTo(5000L);
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(4L);
    }
}
