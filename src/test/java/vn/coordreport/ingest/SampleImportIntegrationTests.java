package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.siegmar.fastcsv.reader.CsvReader;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=SampleImportIntegrationTests") // a database of its own
class SampleImportIntegrationTests {

    static final Path SAMPLES = Path.of("src/main/resources/samples");

    /** Which table each sample file fills. */
    static final Map<String, String> TABLES = Map.ofEntries(Map.entry("agencies", "agency"),
            Map.entry("agreements", "agreement"), Map.entry("recipients", "recipient"), Map.entry("records", "record"),
            Map.entry("results", "result"), Map.entry("limitations", "limitation"), Map.entry("tasks", "task"),
            Map.entry("targets", "target"), Map.entry("commendations", "commendation"),
            Map.entry("conferences", "conference"), Map.entry("assessments", "assessment"));

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"quang-tri-2021", "tay-ninh-2019", "lang-son-2020"})
    void eachSampleImportsWithOneRowPerCsvRecord(String sample) throws IOException {
        // given the sample's records, counted by an independent CSV reader
        Map<String, Long> expected = new HashMap<>();
        try (Stream<Path> files = Files.list(SAMPLES.resolve(sample))) {
            for (Path file : files.toList()) {
                expected.put(file.getFileName().toString().replace(".csv", ""), countRecords(file));
            }
        }
        Map<String, Long> before = counts();

        // when
        ImportOutcome outcome = importer.importPath(SAMPLES.resolve(sample), false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(outcome.importId()).isNotNull();
        Map<String, Long> after = counts();
        expected.forEach((file, rows) -> {
            assertThat(outcome.files()).contains(new ImportedFile(file + ".csv", rows, null, ImportedFile.Counts.allNew(rows)));
            assertThat(after.get(TABLES.get(file)) - before.get(TABLES.get(file))).as(file).isEqualTo(rows);
        });
        assertThat(importer.history()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(outcome.importId());
            assertThat(s.status()).isEqualTo("APPLIED");
            assertThat(s.importedBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(s.files()).isEqualTo(expected.size());
            assertThat(s.rows()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        TABLES.values().forEach(t -> counts.put(t, CoordinationTables.count(jdbc, t)));
        return counts;
    }

    static long countRecords(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofCsvRecord(reader)) {
            return csv.stream().count() - 1;
        }
    }
}
