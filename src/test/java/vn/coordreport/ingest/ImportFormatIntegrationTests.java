package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/** What Excel in a Vietnamese locale writes is read as meant. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ImportFormatIntegrationTests") // a database of its own
class ImportFormatIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void givenTheQuangTriSampleIsImported() {
        importer.importPath(ImportFolder.QUANG_TRI, false);
    }

    @Test
    void semicolonsBomVietnameseDatesCrlfMultiLineTextAndLooseHeaders() {
        // given
        ImportFolder folder = new ImportFolder(temp.resolve("excel")).write("records.csv",
                "\uFEFF Agreement ;INDICATOR;Date;Note;Quantity;Agency\r\n"
                        + QT + ";  JOINT_PATROL ;05/03/2021;\"dòng một\r\ndòng hai; có \"\"ngoặc\"\"\";;BDBP-QT\r\n"
                        + "\r\n"
                        + QT + ";MOU;2021-06-30;;2.5;\r\n");

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(jdbc.sql("""
                select i.code || '|' || r.occurred_on || '|' || r.quantity || '|' || coalesce(r.note, '-') || '|'
                       || coalesce(a.code, '-')
                from record r join indicator i on i.id = r.indicator_id left join agency a on a.id = r.agency_id
                where r.import_id = :id order by r.occurred_on""").param("id", outcome.importId()).query(String.class).list())
                .containsExactly("JOINT_PATROL|2021-03-05|1.000|dòng một\ndòng hai; có \"ngoặc\"|BDBP-QT",
                        "MOU|2021-06-30|2.500|-|-");
    }

    @Test
    void lineNumbersAreWhereTheRecordStarts() {
        ImportFolder folder = new ImportFolder(temp.resolve("lines")).write("records.csv",
                "agreement,indicator,date,note\n"
                        + QT + ",JOINT_PATROL,2021-03-05,\"three\nline\nnote\"\n"
                        + "\n"
                        + QT + ",JOINT_PATROL,2021-13-05,\n");

        ImportOutcome outcome = importer.importPath(folder.path, false);

        assertThat(outcome.problemLines()).singleElement().asString().startsWith("records.csv:6: date: '2021-13-05'");
    }
}
