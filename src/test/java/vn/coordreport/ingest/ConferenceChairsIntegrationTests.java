package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conference chair the report can give no title (none after a comma, and no agency's signer) is taken and told:
 * beside a chair with a title, "đồng chí A và đồng chí B, Giám đốc Sở Ngoại vụ" reads as if the title were both's
 * (the shared Lạng Sơn sample's "Dương Xuân Huyên;Trịnh Tuyết Mai").
 */
class ConferenceChairsIntegrationTests {

    @TempDir
    Path temp;

    private static String conference(String chairs) {
        return """
                agreement,period,date,place,chairs,name
                09/QCPH/SNgV-BP,2021-H1,2021-06-20,Trụ sở Sở Ngoại vụ,"%s",Hội nghị sơ kết
                """.formatted(chairs);
    }

    @Test
    void aChairWithoutATitleIsToldAndAChairWithOneOrASignerIsNot() {
        try (ImportDatabase db = ImportDatabase.freshOn(LocalDate.of(2026, 12, 5))) {
            // Quảng Trị's chairs both sign for a party: their titles come from it
            assertThat(db.importer().importPath(ImportFolder.QUANG_TRI, false).noticeLines())
                    .noneMatch(n -> n.startsWith("conferences.csv"));

            ImportOutcome untitled = db.importer().importPath(new ImportFolder(temp.resolve("untitled"))
                    .write("conferences.csv", conference("Hoàng Nam;Nguyễn Triều Thương")).path, true);
            assertThat(untitled.noticeLines()).containsExactly(
                    "conferences.csv:2: chairs: 'Hoàng Nam' không ghi chức vụ và không là người ký của cơ quan nào: báo"
                            + " cáo sẽ viết 'đồng chí Hoàng Nam' không kèm chức vụ, và bên cạnh người chủ trì có chức"
                            + " vụ, câu văn dễ hiểu nhầm chức vụ đó là của cả hai. Nên ghi tên kèm chức vụ sau dấu"
                            + " phẩy, ví dụ 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh', trước khi nhập.");

            // a title after a comma is the chair's own
            ImportOutcome titled = db.importer().importPath(new ImportFolder(temp.resolve("titled"))
                    .write("conferences.csv", conference("Hoàng Nam, Phó Chủ tịch UBND tỉnh;Nguyễn Triều Thương")).path,
                    true);
            assertThat(titled.problemLines()).isEmpty();
            assertThat(titled.notices()).isEmpty();
        }
    }
}
