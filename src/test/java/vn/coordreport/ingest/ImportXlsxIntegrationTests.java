package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import vn.coordreport.files.TempFolders;
import vn.coordreport.support.TestDatabase;

/** A workbook holds the same data as a folder of CSV files: both give identical tables. */
class ImportXlsxIntegrationTests {

    private static final Set<String> NUMERIC = Set.of("quantity", "amount_vnd", "count");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"quang-tri-2021", "tay-ninh-2019", "lang-son-2020"})
    void aWorkbookAndItsCsvFilesGiveIdenticalTables(String sample) throws IOException {
        // given the sample as CSV files, and as a workbook written from them
        Path csv = Path.of("src/main/resources/samples", sample);
        Path xlsx = temp.resolve(sample + ".xlsx");
        writeWorkbook(csv, xlsx);
        Db csvDb = freshDatabase();
        Db xlsxDb = freshDatabase();

        // when each is imported into a fresh database
        ImportOutcome fromCsv = csvDb.importer().importPath(csv, false);
        ImportOutcome fromXlsx = xlsxDb.importer().importPath(xlsx, false);

        // then
        assertThat(fromCsv.problemLines()).isEmpty();
        assertThat(fromXlsx.problemLines()).isEmpty();
        assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows());
        Map<String, List<String>> expected = CoordinationTables.byCodes(csvDb.jdbc());
        assertThat(expected.get("record")).isNotEmpty();
        assertThat(CoordinationTables.byCodes(xlsxDb.jdbc())).isEqualTo(expected);
        assertThat(xlsxDb.importer().importPath(xlsx, false).status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
    }

    private static void writeWorkbook(Path folder, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx); Stream<Path> files = Files.list(folder)) {
            Workbook workbook = new Workbook(out, "coordreport-test", "1.0");
            for (Path file : files.sorted().toList()) {
                Worksheet sheet = workbook.newWorksheet(file.getFileName().toString().replace(".csv", ""));
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        var rows = CsvReader.builder().ofCsvRecord(reader)) {
                    List<String> header = null;
                    int r = 0;
                    for (CsvRecord row : rows) {
                        if (header == null) {
                            header = row.getFields();
                        }
                        for (int c = 0; c < row.getFieldCount(); c++) {
                            String value = row.getField(c);
                            if (r > 0 && NUMERIC.contains(header.get(c)) && value.matches("\\d+")) {
                                sheet.value(r, c, Long.parseLong(value));
                            } else if (!value.isEmpty()) {
                                sheet.value(r, c, value);
                            }
                        }
                        r++;
                    }
                }
            }
            workbook.finish();
        }
    }

    /** A database of its own, migrated, with an importer on it. */
    private record Db(DataSource dataSource, JdbcClient jdbc) {

        Importer importer() {
            return new Importer(dataSource, jdbc, new DataSourceTransactionManager(dataSource),
                    new org.springframework.beans.factory.support.StaticListableBeanFactory()
                            .getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class),
                    new TempFolders(Path.of("target", "import-xlsx-tmp")));
        }
    }

    private static Db freshDatabase() {
        TestDatabase.Connection db = TestDatabase.newMigratedDatabase();
        DataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        return new Db(dataSource, JdbcClient.create(dataSource));
    }
}
