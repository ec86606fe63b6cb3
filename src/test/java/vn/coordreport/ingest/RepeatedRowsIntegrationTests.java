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
 * A row a file holds twice, identical in every column (pasted twice, or two events alike), is taken and counted
 * twice, as the import format says, but told: once per file, at the first line that repeats one, naming it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatedRowsIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private ImportDatabase db;

    @TempDir
    Path temp;

    @BeforeAll
    void givenTheQuangTriSampleImportedIntoAnEmptyDatabase() {
        db = ImportDatabase.freshOn(TODAY);
        ImportOutcome sample = db.importer().importPath(ImportFolder.QUANG_TRI, false);

        assertThat(sample.problemLines()).isEmpty();
        // the first load of a small file, into an empty record table, is told as every later one: two patrols of
        // one day on lines 34 and 35, and two more pairs further down
        assertThat(sample.noticeLines()).containsExactly("records.csv:35: dòng này giống hệt dòng 34 ở mọi cột, và 2"
                + " dòng khác phía dưới cũng giống hệt một dòng phía trên chúng (dòng 51 giống dòng 50, dòng 72 giống"
                + " dòng 71): mỗi dòng đều được nhận và đều được tính. Nếu là"
                + " những việc khác nhau (chẳng hạn hai vụ việc cùng ngày) thì không cần sửa, hoặc ghi số thứ tự trong"
                + " sổ của đơn vị vào cột ref để phân biệt; nếu là dòng chép nhầm hai lần, hãy hủy lần nhập này rồi"
                + " nhập lại tệp đã bỏ dòng thừa.");
        assertThat(db.jdbc().sql("select count(*) from record where import_id = :id and occurred_on = '2021-10-24'"
                + " and indicator_id = (select id from indicator where code = 'JOINT_PATROL')")
                .param("id", sample.importId()).query(Long.class).single()).as("both patrols of 24/10/2021 count")
                .isEqualTo(2);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private ImportFolder pastedTwice(String name) {
        return new ImportFolder(temp.resolve(name))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,note
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,Tuần tra mốc 606
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 607
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,Tuần tra mốc 606
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 608
                        """.formatted(QT))
                .write("results.csv", """
                        agreement,field,date,text
                        %1$s,EPIDEMIC,2026-11-20,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.
                        %1$s,EPIDEMIC,2026-11-20,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.
                        """.formatted(QT));
    }

    @Test
    void aDryRunSaysEachFileOnceAtTheFirstRepeatNamingTheLineItRepeats() {
        ImportOutcome checked = db.importer().importPath(pastedTwice("dry").path, true);

        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.noticeLines()).containsExactly(
                "records.csv:4: dòng này giống hệt dòng 2 ở mọi cột: cả hai dòng đều được nhận và đều được tính. Nếu"
                        + " là những việc khác nhau (chẳng hạn hai vụ việc cùng ngày) thì không cần sửa, hoặc ghi số thứ"
                        + " tự trong sổ của đơn vị vào cột ref để phân biệt; nếu là dòng chép nhầm hai lần, hãy bỏ dòng"
                        + " thừa trước khi nhập.",
                "results.csv:3: dòng này giống hệt dòng 2 ở mọi cột: cả hai dòng đều được nhận, và báo cáo sẽ ghi cả"
                        + " hai. Nếu là dòng chép nhầm hai lần, hãy bỏ dòng thừa trước khi nhập.");
    }

    @Test
    void anImportCountsBothRowsAndSaysHowToTakeOneBack() {
        ImportOutcome imported = db.importer().importPath(pastedTwice("taken").path, false);

        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(imported.noticeLines()).hasSize(2).allMatch(n -> n.endsWith(
                "hãy hủy lần nhập này rồi nhập lại tệp đã bỏ dòng thừa."));
        assertThat(db.jdbc().sql("select count(*) from record where import_id = :id")
                .param("id", imported.importId()).query(Long.class).single()).isEqualTo(4);
        assertThat(db.jdbc().sql("select count(*) from result where import_id = :id")
                .param("id", imported.importId()).query(Long.class).single()).isEqualTo(2);
        db.importer().undo(imported.importId());
    }

    @Test
    void aFileSentAgainIsNotToldAgainButARowPastedOverAStoredOneIs() {
        ImportOutcome first = db.importer().importPath(pastedTwice("first").path, false);
        assertThat(first.noticeCount()).isEqualTo(2);

        // the same rows in another order (another file to the ledger): every one stored already
        ImportOutcome again = db.importer().importPath(new ImportFolder(temp.resolve("again"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,note
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 608
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,Tuần tra mốc 606
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 607
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,Tuần tra mốc 606
                        """.formatted(QT))
                .write("results.csv", """
                        agreement,field,date,text
                        %1$s,EPIDEMIC,2026-11-20,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.
                        %1$s,EPIDEMIC,2026-11-20,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.

                        """.formatted(QT)).path, true);
        assertThat(again.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(again.files()).allMatch(f -> f.counts().added() == 0);
        assertThat(again.notices()).isEmpty();

        // the stored patrol of 03/11 pasted twice: one copy more is written, and told
        ImportOutcome pasted = db.importer().importPath(new ImportFolder(temp.resolve("pasted"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,note
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 607
                        %1$s,JOINT_PATROL,2026-11-03,1,BDBP-QT,Tuần tra mốc 607
                        """.formatted(QT)).path, true);
        assertThat(pasted.files()).singleElement().satisfies(f -> assertThat(f.counts().added()).isEqualTo(1));
        assertThat(pasted.noticeLines()).singleElement().asString().startsWith("records.csv:3: dòng này giống hệt dòng 2");
        db.importer().undo(first.importId());
    }

    @Test
    void manyRepeatsNameTheFirstFourAndSayThereAreMore() {
        // Lạng Sơn's records repeat eight times: lines 27 (26), 28 (26), 47 (46), 73 (71), then four more
        ImportDatabase other = ImportDatabase.freshOn(TODAY);
        try {
            ImportOutcome sample = other.importer().importPath(ImportFolder.QUANG_TRI.resolveSibling("lang-son-2020"), true);
            assertThat(sample.noticeLines()).filteredOn(n -> n.startsWith("records.csv:")).singleElement().asString()
                    .startsWith("records.csv:27: dòng này giống hệt"
                    + " dòng 26 ở mọi cột, và 7 dòng khác phía dưới cũng giống hệt một dòng phía trên chúng (dòng 28"
                    + " giống dòng 26, dòng 47 giống dòng 46, dòng 73 giống dòng 71, …): mỗi dòng");
        } finally {
            other.close();
        }
    }

    @Test
    void rowsTheRegisterNumbersApartOrThatDifferInOneColumnAreNotTold() {
        ImportOutcome checked = db.importer().importPath(new ImportFolder(temp.resolve("apart"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,ref
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,TT-41
                        %1$s,JOINT_PATROL,2026-11-02,1,BDBP-QT,TT-42
                        """.formatted(QT))
                .write("results.csv", """
                        agreement,field,date,text
                        %1$s,EPIDEMIC,2026-11-20,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.
                        %1$s,EPIDEMIC,2026-11-21,Hai bên phối hợp kiểm soát dịch bệnh tại cửa khẩu.
                        """.formatted(QT)).path, true);

        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.notices()).isEmpty();
    }

    @Test
    void aFigureSentAgainCorrectedWithoutARegisterNumberIsToldItCountsBesideTheStoredOne() {
        ImportOutcome first = db.importer().importPath(new ImportFolder(temp.resolve("aid-first"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,counterpart
                        %1$s,AID_SUPPLIES,2026-09-20,1200,BDBP-QT,Huyện Mường Phìn
                        %1$s,JOINT_PATROL,2026-09-21,1,BDBP-QT,
                        """.formatted(QT)).path, false);
        assertThat(first.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(first.noticeLines()).isEmpty();
        // the clerk mends 1200 to 1500 in the workbook and sends it again
        Path corrected = new ImportFolder(temp.resolve("aid-corrected"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,counterpart
                        %1$s,AID_SUPPLIES,2026-09-20,1500,BDBP-QT,Huyện Mường Phìn
                        %1$s,JOINT_PATROL,2026-09-21,1,BDBP-QT,
                        """.formatted(QT)).path;

        ImportOutcome checked = db.importer().importPath(corrected, true);
        assertThat(checked.noticeLines()).containsExactly("records.csv:2: dòng này cùng quy chế, chỉ tiêu, ngày, cơ"
                + " quan và đối tác với một dòng đã lưu ở lần nhập #" + first.importId() + " nhưng khác số liệu (số"
                + " lượng đã lưu 1.200, dòng này 1.500): dòng này được nhận là một việc mới và được cộng thêm, dòng đã"
                + " lưu vẫn được tính. Nếu đây là số liệu sửa lại của dòng đã gửi, đừng nhập tệp này: hãy hủy lần nhập #"
                + first.importId() + " rồi nhập tệp đã sửa; để lần sau bản sửa thay được dòng cũ, hãy ghi số hiệu dòng"
                + " (cột ref, “Số hiệu dòng” trong mẫu Excel) cho mỗi dòng.");
        ImportOutcome taken = db.importer().importPath(corrected, false);
        assertThat(taken.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(taken.noticeLines()).singleElement().asString().startsWith("records.csv:2: dòng này cùng quy chế")
                .contains("hãy hủy lần nhập này và lần nhập #" + first.importId() + " rồi nhập lại tệp đã sửa");

        // a file that sends the stored row again beside another of its key holds two events, and is not told
        ImportOutcome both = db.importer().importPath(new ImportFolder(temp.resolve("aid-both"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,counterpart
                        %1$s,AID_SUPPLIES,2026-09-20,1200,BDBP-QT,Huyện Mường Phìn
                        %1$s,AID_SUPPLIES,2026-09-20,300,BDBP-QT,Huyện Mường Phìn
                        """.formatted(QT)).path, true);
        assertThat(both.noticeLines()).isEmpty();
    }

    @Test
    void aRowWithoutAnAgencyAmongRowsThatNameOneIsToldItCountsAsTheLeads() {
        ImportOutcome checked = db.importer().importPath(new ImportFolder(temp.resolve("unnamed"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency
                        %1$s,JOINT_PATROL,2026-11-12,1,BDBP-QT
                        %1$s,RESCUE,2026-11-15,2,
                        %1$s,JOINT_PATROL,2026-11-13,1,BDBP-QT
                        """.formatted(QT)).path, true);

        assertThat(checked.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.noticeLines()).containsExactly("records.csv:3: agency: dòng này không ghi cơ quan báo cáo,"
                + " trong khi 2 dòng khác của quy chế " + QT + " trong tệp có ghi: dòng không ghi cơ quan được tính là"
                + " của Sở Ngoại vụ (cơ quan chủ trì), trong báo cáo cũng như khi xem cơ quan nào đã gửi số liệu. Nếu"
                + " các dòng này là của cơ quan khác, hãy ghi mã cơ quan ở cột agency (“Cơ quan báo cáo” trong mẫu"
                + " Excel) trước khi nhập.");

        // the lead's own file, naming no agency, is not told
        assertThat(db.importer().importPath(new ImportFolder(temp.resolve("lead"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency
                        %1$s,RESCUE,2026-11-15,2,
                        %1$s,JOINT_PATROL,2026-11-16,1,
                        """.formatted(QT)).path, true).noticeLines()).isEmpty();
    }

    @Test
    void aRegisterNumberGivenAgainToAnotherEventIsToldItReplacesTheStoredOne() {
        ImportOutcome first = db.importer().importPath(new ImportFolder(temp.resolve("ref-first"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,ref
                        %1$s,JOINT_PATROL,2026-09-05,1,BDBP-QT,TT-90
                        """.formatted(QT)).path, false);
        assertThat(first.status()).isEqualTo(ImportStatus.IMPORTED);

        // the next patrol numbered as the last: the stored one would be replaced
        ImportOutcome moved = db.importer().importPath(new ImportFolder(temp.resolve("ref-moved"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,ref
                        %1$s,JOINT_PATROL,2026-11-07,1,BDBP-QT,TT-90
                        """.formatted(QT)).path, true);
        assertThat(moved.noticeLines()).containsExactly("records.csv:2: ref: dòng này có số hiệu 'TT-90' của một dòng"
                + " đã lưu ở lần nhập #" + first.importId() + " nên được nhận là bản sửa của dòng đó và thay nó, nhưng"
                + " không chỉ sửa số liệu mà đổi cả việc được ghi (ngày 05/09/2026 thành 07/11/2026). Nếu đây là một"
                + " việc khác, hãy ghi cho dòng này một số hiệu chưa dùng trước khi nhập, để dòng đã lưu được giữ.");

        // a correction of the figure alone is what a ref is for, and is not told
        assertThat(db.importer().importPath(new ImportFolder(temp.resolve("ref-figure"))
                .write("records.csv", """
                        agreement,indicator,date,quantity,agency,ref
                        %1$s,JOINT_PATROL,2026-09-05,2,BDBP-QT,TT-90
                        """.formatted(QT)).path, true).noticeLines()).isEmpty();
    }
}
