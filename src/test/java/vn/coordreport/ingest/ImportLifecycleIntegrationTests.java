package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/** Idempotency, dry runs and undo. Each test uses its own sample, as the database is shared by the class. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ImportLifecycleIntegrationTests") // a database of its own
class ImportLifecycleIntegrationTests {

    static final Path SAMPLES = Path.of("src/main/resources/samples");

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void importingTheSameContentAgainIsANoOpThatSaysSo() {
        // given
        ImportOutcome first = importer.importPath(SAMPLES.resolve("tay-ninh-2019"), false);
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        // when
        ImportOutcome again = importer.importPath(SAMPLES.resolve("tay-ninh-2019"), false);

        // then
        assertThat(again.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(again.importId()).isNull();
        assertThat(again.files()).isNotEmpty().allSatisfy(f ->
                assertThat(f.toString()).endsWith("đã nhập trước đó (lần nhập #" + first.importId() + ")"));
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyNewFilesOfAFolderAreImported() {
        // given the Quảng Trị sample, then a folder holding its agencies.csv and a new records file
        ImportOutcome first = importer.importPath(ImportFolder.QUANG_TRI, false);
        ImportFolder folder = new ImportFolder(temp.resolve("more"))
                .write("agencies.csv", readSample("quang-tri-2021/agencies.csv"))
                .write("records.csv", "agreement,indicator,date\n" + QT + ",JOINT_PATROL,2021-12-01\n");
        long records = CoordinationTables.count(jdbc, "record");

        // when
        ImportOutcome second = importer.importPath(folder.path, false);

        // then
        assertThat(second.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(second.files()).containsExactly(new ImportedFile("agencies.csv", 2, first.importId()),
                new ImportedFile("records.csv", 1, null, new ImportedFile.Counts(1, 0, 0)));
        assertThat(CoordinationTables.count(jdbc, "record")).isEqualTo(records + 1);
        assertThat(jdbc.sql("select quantity from record where import_id = :id").param("id", second.importId())
                .query(String.class).single()).isEqualTo("1.000");
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        ImportOutcome outcome = importer.importPath(SAMPLES.resolve("lang-son-2020"), true);

        assertThat(outcome.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(125 + 2 + 2 + 1 + 1 + 2 + 4 + 2 + 5);
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void undoRemovesEverythingTheImportAddedAndAllowsItAgain() {
        // given an import of data of its own
        ImportFolder folder = new ImportFolder(temp.resolve("undo"))
                .write("agencies.csv", "code,name,province\nU-1,Sở Ngoại vụ,Cao Bằng\nU-2,Công an tỉnh,Cao Bằng\n")
                .write("fields.csv", "code,name\nU_FIELD,Lĩnh vực thử\n")
                .write("indicators.csv", "code,name,field,unit\nU_IND,Chỉ tiêu thử,U_FIELD,lượt\n")
                .write("agreements.csv", "code,title,province,signed_on,parties\n01/U,Quy chế,Cao Bằng,2020-01-01,U-1;U-2\n")
                .write("records.csv", "agreement,indicator,date,agency\n01/U,U_IND,2020-02-01,U-2\n")
                .write("recipients.csv", "agreement,email,name\n*,vp@caobang.example.org,Văn phòng\n");
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);
        ImportOutcome imported = importer.importPath(folder.path, false);
        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(jdbc.sql("select province from recipient where import_id = :id").param("id", imported.importId())
                .query(String.class).single()).isEqualTo("Cao Bằng");

        // when
        UndoOutcome undone = importer.undo(imported.importId());

        // then
        assertThat(undone.total()).isEqualTo(2 + 1 + 1 + 1 + 1 + 1);
        Map<String, List<String>> after = CoordinationTables.dump(jdbc);
        before.keySet().stream().filter(t -> !t.startsWith("import_"))
                .forEach(t -> assertThat(after.get(t)).as(t).isEqualTo(before.get(t)));
        assertThat(importer.history()).filteredOn(s -> s.id() == imported.importId()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo("UNDONE"));
        assertThat(importer.importPath(folder.path, false).status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @Test
    void undoIsRefusedWhileALaterImportUsesTheAgreement() {
        // given
        ImportFolder first = new ImportFolder(temp.resolve("first"))
                .write("agencies.csv", "code,name,province\nR-1,Sở Ngoại vụ,Sơn La\n")
                .write("agreements.csv", "code,title,province,signed_on,parties\n01/R,Quy chế,Sơn La,2020-01-01,R-1\n");
        long firstId = importer.importPath(first.path, false).importId();
        ImportFolder second = new ImportFolder(temp.resolve("second"))
                .write("records.csv", "agreement,indicator,date\n01/R,JOINT_PATROL,2020-02-01\n");
        long secondId = importer.importPath(second.path, false).importId();
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        // when / then
        assertThatThrownBy(() -> importer.undo(firstId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("không hủy được lần nhập #" + firstId + ": các lần nhập sau đang dùng dữ liệu nó đã thêm "
                        + "(lần nhập #" + secondId + " dùng quy chế 01/R). Hãy hủy các lần nhập đó trước.");
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
        assertThatThrownBy(() -> importer.undo(99_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không có lần nhập #99999");
    }

    private static String readSample(String file) {
        try {
            return java.nio.file.Files.readString(SAMPLES.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
