package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.format.ColumnType;
import vn.coordreport.support.IntegrationTest;

/** The columns and the file that import format 1.1 adds are read, checked and stored. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ImportFormat11IntegrationTests") // a database of its own
class ImportFormat11IntegrationTests {

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
    void theSampleStoresItsSignerUnitContactAndAssessments() {
        assertThat(jdbc.sql("""
                select code || '|' || signer_name || '|' || system || '|' || coalesce(unit, '-') || '|' || contact_email
                from agency where code like '%-QT' order by code""").query(String.class).list()).containsExactly(
                "BDBP-QT|Lê Văn Phương|state|-|thammuu.bdbp@quangtri.example.org",
                "SNGV-QT|Nguyễn Triều Thương|state|QLBG|qlbg.songoaivu@quangtri.example.org");
        assertThat(jdbc.sql("""
                select a.period || '|' || a.kind || '|' || a.sort_order || '|' || left(a.text, 20)
                from assessment a join agreement g on g.id = a.agreement_id where g.code = :code order by a.id""")
                .param("code", QT).query(String.class).list()).containsExactly(
                "2021|LEADERSHIP|1|Lãnh đạo Sở Ngoại vụ",
                "2021|DIRECTION|1|Hai bên tăng cường h");
    }

    @Test
    void anAgencysSystemIsGivenOrComesFromItsName() {
        // given
        ImportFolder folder = new ImportFolder(temp.resolve("systems")).write("agencies.csv", """
                code,name,province,system
                DU-X,Đảng ủy Bộ đội Biên phòng tỉnh,Quảng Trị,
                TU-X,Tỉnh uỷ Quảng Trị,Quảng Trị,
                BTV-X,Ban Thường vụ Tỉnh đoàn,Quảng Trị,
                STP-X,Sở Tư pháp,Quảng Trị,
                BDV-X,Ban Dân vận,Quảng Trị,Party
                """);

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(jdbc.sql("select code || ':' || system from agency where code like '%-X' order by code")
                .query(String.class).list()).containsExactly("BDV-X:party", "BTV-X:party", "DU-X:party", "STP-X:state",
                "TU-X:party");
    }

    @Test
    void theNewColumnsAreCheckedAndCompared() {
        // given
        ImportFolder folder = new ImportFolder(temp.resolve("bad"))
                .write("agencies.csv", "code,name,province,system,unit\nSNGV-QT,Sở Ngoại vụ,Quảng Trị,party,QLBG\n"
                        + "NEW-X,Sở Nội vụ,Quảng Trị,nhà nước,\n")
                .write("assessments.csv", "agreement,period,kind,text,order\n"
                        + QT + ",2021,LESSON,Bài học.,-1\n"
                        + QT + ",2021-H3,OPINION,Ý kiến.,1\n"
                        + "09/XX,2021,LESSON,Bài học.,\n");

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.problemLines()).containsExactly(
                "agencies.csv:2: system: cơ quan 'SNGV-QT' đã có với cột system là 'state', tệp này ghi "
                        + "'party': lần nhập không bao giờ sửa một cơ quan đã có, hãy ghi dòng giống hệt hoặc đặt mã khác",
                "agencies.csv:3: system: 'nhà nước' không phải là khối của cơ quan: ghi một trong các mã state "
                        + "(cơ quan nhà nước), party (cơ quan Đảng)",
                "assessments.csv:2: order: '-1' không phải là số thứ tự: ghi một số nguyên từ 0 trở lên",
                "assessments.csv:3: kind: 'OPINION' không phải là loại nội dung đánh giá: ghi một trong các mã "
                        + "SITUATION (Đặc điểm tình hình), LEADERSHIP (Công tác lãnh đạo, chỉ đạo, triển khai), LESSON "
                        + "(Bài học kinh nghiệm), PROPOSAL (Kiến nghị, đề xuất), DIRECTION (Ý kiến chỉ đạo)",
                "assessments.csv:3: period: " + periodProblem("2021-H3"),
                "assessments.csv:4: agreement: mã quy chế '09/XX' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu");
    }

    @Test
    void phrasesCausesAndAssessmentsAreStoredAndUndone() {
        // given
        ImportFolder folder = new ImportFolder(temp.resolve("more"))
                .write("indicators.csv", "code,name,field,unit,phrase\nBRIDGE_TALK,Hội đàm cầu,BORDER,cuộc,"
                        + "Tổ chức {quantity} {unit} hội đàm cầu với {counterparts}\n")
                .write("limitations.csv", "agreement,date,text,cause\n" + QT + ",2021-09-01,Chậm trao đổi.,Dịch bệnh\n")
                .write("assessments.csv", "agreement,period,kind,text,order\n" + QT + ",2021,lesson,Bài học một.,2\n"
                        + QT + ",2021,PROPOSAL,Kiến nghị.,\n");
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(jdbc.sql("select phrase from indicator where code = 'BRIDGE_TALK'").query(String.class).single())
                .isEqualTo("Tổ chức {quantity} {unit} hội đàm cầu với {counterparts}");
        assertThat(jdbc.sql("select cause from limitation where import_id = :id").param("id", outcome.importId())
                .query(String.class).single()).isEqualTo("Dịch bệnh");
        assertThat(jdbc.sql("select kind || '|' || coalesce(sort_order::text, '-') from assessment where import_id = :id "
                + "order by id").param("id", outcome.importId()).query(String.class).list())
                .containsExactly("LESSON|2", "PROPOSAL|-");
        importer.undo(outcome.importId());
        Map<String, List<String>> after = CoordinationTables.dump(jdbc);
        before.keySet().stream().filter(t -> !t.startsWith("import_"))
                .forEach(t -> assertThat(after.get(t)).as(t).isEqualTo(before.get(t)));
    }

    private static String periodProblem(String text) {
        try {
            ColumnType.PERIOD.canonical(text);
            throw new AssertionError(text + " is a period");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
