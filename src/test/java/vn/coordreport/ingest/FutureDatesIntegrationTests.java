package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date of what has happened that has not come yet (2027 typed for 2026) is taken, as the import format allows,
 * but said: once per file and column, at its first line, with how many more; only when the import is taken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FutureDatesIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private ImportDatabase db;

    @TempDir
    Path temp;

    @BeforeAll
    void givenTheQuangTriSampleImportedOnTheFifthOfDecember2026() {
        db = ImportDatabase.freshOn(TODAY);
        ImportOutcome sample = db.importer().importPath(ImportFolder.QUANG_TRI, false);
        assertThat(sample.problemLines()).isEmpty();
        assertThat(sample.noticeLines()).as("a sample of 2021 has no date to come").noneMatch(n -> n.contains("chưa đến"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    private ImportFolder typedAYearAhead(String name) {
        return new ImportFolder(temp.resolve(name))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency
                        %1$s,JOINT_PATROL,2026-12-05,1,BDBP-QT
                        %1$s,JOINT_PATROL,2027-11-30,2,BDBP-QT
                        %1$s,JOINT_PATROL,2026-11-28,1,BDBP-QT
                        %1$s,JOINT_PATROL,2027-12-02,3,BDBP-QT
                        %1$s,JOINT_PATROL,2027-01-06,1,BDBP-QT
                        """.formatted(QT))
                .write("results.csv", """
                        agreement,field,date,text
                        %s,EPIDEMIC,2027-11-20,Hai bên phối hợp tuần tra chung đoạn biên giới được phân công.
                        """.formatted(QT))
                .write("limitations.csv", """
                        agreement,date,text,field,resolved_on
                        %s,2026-10-12,Việc trao đổi thông tin có lúc chưa kịp thời.,INFO_EXCHANGE,2026-12-06
                        """.formatted(QT));
    }

    @Test
    void aDryRunSaysEachFileAndColumnOnceAtItsFirstLineWithHowManyMore() {
        ImportOutcome checked = db.importer().importPath(typedAYearAhead("dry").path, true);

        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.noticeLines()).containsExactly(
                "records.csv:3: date: ngày 30/11/2027 chưa đến (hôm nay là 05/12/2026), và 2 dòng khác phía dưới cũng ghi"
                        + " ngày chưa đến (muộn nhất là 02/12/2027): số liệu vẫn được nhận và được tính vào kỳ báo cáo"
                        + " có ngày đó. Nếu ghi nhầm (thường là nhầm năm), hãy sửa tệp trước khi nhập.",
                "results.csv:2: date: ngày 20/11/2027 chưa đến (hôm nay là 05/12/2026): số liệu vẫn được nhận và được"
                        + " tính vào kỳ báo cáo có ngày đó. Nếu ghi nhầm (thường là nhầm năm), hãy sửa tệp trước khi nhập.",
                "limitations.csv:2: resolved_on: ngày 06/12/2026 chưa đến (hôm nay là 05/12/2026): dòng vẫn được"
                        + " nhận, và báo cáo sẽ ghi việc là đã xong (đã khắc phục) vào một ngày chưa đến. Nếu ghi nhầm"
                        + " (thường là nhầm năm), hãy sửa tệp trước khi nhập.");
    }

    @Test
    void anImportTakesTheRowsAndSaysHowToPutThemRight() {
        ImportOutcome imported = db.importer().importPath(typedAYearAhead("taken").path, false);

        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(imported.noticeCount()).isEqualTo(3);
        assertThat(imported.noticeLines().get(0)).startsWith("records.csv:3: date: ngày 30/11/2027 chưa đến")
                .endsWith("Nếu ghi nhầm (thường là nhầm năm), hãy hủy lần nhập này rồi nhập lại tệp đã sửa.");
        assertThat(db.jdbc().sql("select count(*) from record where import_id = :id and occurred_on > :today")
                .param("id", imported.importId()).param("today", TODAY).query(Long.class).single()).isEqualTo(3);
        db.importer().undo(imported.importId());
    }

    @Test
    void aRefusedImportSaysItsProblemsOnly() {
        ImportFolder folder = typedAYearAhead("refused").write("results.csv", """
                agreement,field,date,text
                %s,NO_SUCH_FIELD,2027-11-20,Hai bên phối hợp tuần tra chung.
                """.formatted(QT));

        ImportOutcome refused = db.importer().importPath(folder.path, false);

        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(refused.problemLines()).anyMatch(p -> p.startsWith("results.csv:2: field:"));
        assertThat(refused.notices()).isEmpty();
        assertThat(refused.noticeCount()).isZero();
    }

    @Test
    void datesUpToTodayAreNotTold() {
        ImportOutcome imported = db.importer().importPath(new ImportFolder(temp.resolve("today"))
                .write("records.csv", "agreement,indicator,date,agency\n%s,JOINT_PATROL,2026-12-05,BDBP-QT\n"
                        .formatted(QT)).path, true);

        assertThat(imported.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(imported.notices()).isEmpty();
    }
}
