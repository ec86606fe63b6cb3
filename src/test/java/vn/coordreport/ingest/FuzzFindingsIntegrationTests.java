package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Each input the import fuzzer ({@link ImportFuzzIntegrationTests}, seed 20260607) found crashing the
 * import or misreporting it, as it was found: each now ends in a clean problem and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzFindingsIntegrationTests {

    static final String RECORDS = "agreement,indicator,date\n";

    @TempDir
    Path temp;

    private ImportDatabase db;
    private JdbcClient jdbc;
    private Importer importer;

    @BeforeAll
    void database() {
        db = ImportDatabase.fresh();
        jdbc = db.jdbc();
        importer = db.importer();
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Case 165: PostgreSQL has no year 0, and COPY failed on it with an SQL error. */
    @Test
    void theYearZero() {
        assertThat(rejected("results.csv", "agreement,field,date,text\nX,EPIDEMIC,0000-01-01,t\n"))
                .contains("results.csv:2: date: '0000-01-01' không phải là ngày hợp lệ: không có năm 0");
        assertThat(rejected("limitations.csv", "agreement,date,text\nX,1/1/0000,t\n"))
                .contains("limitations.csv:2: date: '1/1/0000' không phải là ngày hợp lệ: không có năm 0");
    }

    /** Case 1094: a 5 064-byte code broke the unique index on agency codes while the import was applied. */
    @Test
    void aCodeTooLongForAnIndex() {
        String code = ",x".repeat(2500);
        assertThat(rejected("agencies.csv", "code;name;province\n\"" + code + "\";A;B\n"))
                .singleElement().asString().startsWith("agencies.csv:2: code: '")
                .contains("' dài 5000 ký tự: mã, tên tỉnh hay địa chỉ thư điện tử dài tối đa 200 ký tự");
        assertThat(rejected("agencies.csv", "code,name,province\n\"A\r\nBcc: x\",A,B\n")).containsExactly(
                "agencies.csv:2: code: 'A\\u000D\\u000ABcc: x' có dấu xuống dòng hoặc dấu tab: mã, tên tỉnh hay "
                        + "địa chỉ thư điện tử phải viết trên một dòng");
    }

    /** Case 2: FastExcel filled the row up to column ZZZZZZ and ran out of memory. */
    @Test
    void aCellBeyondTheLastColumn() {
        assertThat(rejectedWorkbook(Map.of("records", "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>agreement</t></is></c></row>")))
                .containsExactly("book.xlsx/records:1: địa chỉ ô r=\"ZZZZZZ1\" không phải là một ô của trang tính (từ A1 đến "
                        + "XFD1048576)");
    }

    /** Case 38: FastExcel read shared strings up to index 2147483647 and ran out of memory. */
    @Test
    void aSharedStringIndexOutOfRange() {
        assertThat(rejectedWorkbook(Map.of("records", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2147483647</v></c></row>")))
                .containsExactly("book.xlsx/records:1: A1: ô trỏ tới chuỗi dùng chung số 2147483647 nhưng sổ tính chỉ có 1 "
                        + "chuỗi: sổ tính bị hỏng");
    }

    /** Case 14: a sheet whose part is missing escaped as an ExcelReaderException. */
    @Test
    void aSheetWhosePartIsMissing() {
        Map<String, byte[]> parts = Xlsx.parts(Map.of("records", "<row r=\"1\"/>"), List.of("x"));
        parts.remove("xl/worksheets/sheet1.xml");
        assertThat(rejected("book.xlsx", Xlsx.zip(parts)))
                .containsExactly("book.xlsx/records:1: không đọc được trang tính: /xl/worksheets/sheet1.xml not found");
    }

    /** Cases 31, 40 and 68: problems quoted parser messages and cells with line breaks, and megabytes of them. */
    @Test
    void aProblemIsOneShortLineOfVisibleText() {
        String header = "x".repeat(1_000_000);
        List<String> problems = rejected("fields.csv", "code,name," + header + "\u202E\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("fields.csv:1: xxxxxxxxxx").contains(" … (999941 ký tự) … ")
                .endsWith("\\u202E: cột không có trong mẫu: các cột của fields.csv là code*, name* (* = bắt buộc)")
                .hasSizeLessThan(800).doesNotContain("\n", "\r", "\u202E");
    }

    /** A record of more than 1 MiB stops the reader, whatever follows (a quote left open, say). */
    @Test
    void aRecordOverAMegabyteAndAQuoteNeverClosed() {
        assertThat(rejected("results.csv", "agreement,field,date,text\nX,F,2021-01-01,\"" + "a,\n".repeat(400_000)))
                .containsExactly("results.csv:2: ô mở dấu nháy kép ở dòng này kéo dài hơn 1048576 ký tự: thiếu một dấu '\"' "
                        + "(hoặc tệp không được xuất theo mẫu nhập liệu)");
        assertThat(rejected("records.csv", RECORDS + ",".repeat(20_000) + "\n"))
                .containsExactly("records.csv:2: dòng có hơn 16384 giá trị (giới hạn số cột của Excel): đây không phải là một "
                        + "dòng của mẫu nhập liệu");
    }

    /** Control characters in text would break the Word document's XML: they are refused where they are. */
    @Test
    void aControlCharacterInText() {
        assertThat(rejected("fields.csv", "code,name\nF1,\"Lĩnh vực \u001B[31m\"\n"))
                .containsExactly("fields.csv:2: name: nội dung có ký tự điều khiển U+001B ở vị trí 10: hãy xóa ký tự này (tệp có "
                        + "bị lưu sai bảng mã không?)");
    }

    private List<String> rejected(String name, String content) {
        return rejected(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> rejected(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory(temp, "case");
            Path file = Files.write(dir.resolve(name), content);
            var before = CoordinationTables.dump(jdbc);
            ImportOutcome outcome = importer.importPath(name.endsWith(".xlsx") ? file : dir, false);
            assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
            assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
            return outcome.problemLines();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> rejectedWorkbook(Map<String, String> sheets) {
        return rejected("book.xlsx", Xlsx.zip(Xlsx.parts(sheets, List.of("x"))));
    }
}
