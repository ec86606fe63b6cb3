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
                .contains("results.csv:2: date: '0000-01-01' is not a date: there is no year 0");
        assertThat(rejected("limitations.csv", "agreement,date,text\nX,1/1/0000,t\n"))
                .contains("limitations.csv:2: date: '1/1/0000' is not a date: there is no year 0");
    }

    /** Case 1094: a 5 064-byte code broke the unique index on agency codes while the import was applied. */
    @Test
    void aCodeTooLongForAnIndex() {
        String code = ",x".repeat(2500);
        assertThat(rejected("agencies.csv", "code;name;province\n\"" + code + "\";A;B\n"))
                .singleElement().asString().startsWith("agencies.csv:2: code: '")
                .contains("' is 5000 characters long: a code, a province or an e-mail address has at most 200");
        assertThat(rejected("agencies.csv", "code,name,province\n\"A\r\nBcc: x\",A,B\n")).containsExactly(
                "agencies.csv:2: code: 'A\\u000D\\u000ABcc: x' holds a line break or a tab: a code, a province or an "
                        + "e-mail address is written on one line");
    }

    /** Case 2: FastExcel filled the row up to column ZZZZZZ and ran out of memory. */
    @Test
    void aCellBeyondTheLastColumn() {
        assertThat(rejectedWorkbook(Map.of("records", "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>agreement</t></is></c></row>")))
                .containsExactly("book.xlsx/records:1: the cell reference r=\"ZZZZZZ1\" is not a cell of a sheet (A1 to XFD1048576)");
    }

    /** Case 38: FastExcel read shared strings up to index 2147483647 and ran out of memory. */
    @Test
    void aSharedStringIndexOutOfRange() {
        assertThat(rejectedWorkbook(Map.of("records", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2147483647</v></c></row>")))
                .containsExactly("book.xlsx/records:1: A1: the cell refers to shared string #2147483647, and the workbook "
                        + "has only 1: the workbook is damaged");
    }

    /** Case 14: a sheet whose part is missing escaped as an ExcelReaderException. */
    @Test
    void aSheetWhosePartIsMissing() {
        Map<String, byte[]> parts = Xlsx.parts(Map.of("records", "<row r=\"1\"/>"), List.of("x"));
        parts.remove("xl/worksheets/sheet1.xml");
        assertThat(rejected("book.xlsx", Xlsx.zip(parts)))
                .containsExactly("book.xlsx/records:1: the sheet cannot be read: /xl/worksheets/sheet1.xml not found");
    }

    /** Cases 31, 40 and 68: problems quoted parser messages and cells with line breaks, and megabytes of them. */
    @Test
    void aProblemIsOneShortLineOfVisibleText() {
        String header = "x".repeat(1_000_000);
        List<String> problems = rejected("fields.csv", "code,name," + header + "\u202E\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("fields.csv:1: xxxxxxxxxx").contains(" … (999941 characters) … ")
                .endsWith("\\u202E: unknown column: the columns of fields.csv are code*, name* (* = required)")
                .hasSizeLessThan(800).doesNotContain("\n", "\r", "\u202E");
    }

    /** A record of more than 1 MiB stops the reader, whatever follows (a quote left open, say). */
    @Test
    void aRecordOverAMegabyteAndAQuoteNeverClosed() {
        assertThat(rejected("results.csv", "agreement,field,date,text\nX,F,2021-01-01,\"" + "a,\n".repeat(400_000)))
                .containsExactly("results.csv:2: the quoted field opened on this line runs on for more than 1048576 "
                        + "characters: a '\"' is missing (or the file is not an export of the import format)");
        assertThat(rejected("records.csv", RECORDS + ",".repeat(20_000) + "\n"))
                .containsExactly("records.csv:2: the record has more than 16384 values (Excel's limit of columns): it is "
                        + "not a record of the import format");
    }

    /** Control characters in text would break the Word document's XML: they are refused where they are. */
    @Test
    void aControlCharacterInText() {
        assertThat(rejected("fields.csv", "code,name\nF1,\"Lĩnh vực \u001B[31m\"\n"))
                .containsExactly("fields.csv:2: name: the text holds the control character U+001B at position 10: "
                        + "remove it (was the file saved with the wrong code page?)");
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
