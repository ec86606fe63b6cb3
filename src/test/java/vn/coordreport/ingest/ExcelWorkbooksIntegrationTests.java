package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.ingest.read.WorkbookCheck;

/**
 * Workbooks as spreadsheet programs save them. A cell holding a formula is
 * read from the value stored with it; a formula with no stored value, an error
 * value or a boolean in a numeric column is a problem naming the sheet, line,
 * column and cell, never an empty or default value. Parts that are not XML
 * (pictures, an EMF thumbnail, the printer settings of a page set-up) are not
 * parsed but still counted against the inflation limit; the XML parts, and
 * whatever part FastExcel reads as a sheet, keep every limit. Workbooks are
 * written part by part ({@link Xlsx}), so that the test decides what each holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcelWorkbooksIntegrationTests {

    private static final String RECORDS = "<row r=\"1\">" + Xlsx.inline("A1", "agreement") + Xlsx.inline("B1", "indicator")
            + Xlsx.inline("C1", "date") + "</row><row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT)
            + Xlsx.inline("B2", "JOINT_PATROL") + Xlsx.inline("C2", "2021-05-09") + "</row>";

    private static final String HEADER = "<row r=\"1\">" + Xlsx.inline("A1", "agreement") + Xlsx.inline("B1", "indicator")
            + Xlsx.inline("C1", "date") + Xlsx.inline("D1", "quantity") + Xlsx.inline("E1", "amount_vnd") + Xlsx.inline("F1", "note") + "</row>";

    @TempDir
    Path temp;

    private ImportDatabase db;

    @BeforeAll
    void givenTheQuangTriSample() {
        db = ImportDatabase.fresh();
        assertThat(db.importer().importPath(ImportFolder.QUANG_TRI, false).status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void aFormulaIsReadFromTheValueStoredWithIt() {
        // given formulas with the values Excel stored: a number, an amount, a date, a text, a boolean as text
        String row = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL")
                + "<c r=\"C2\" s=\"1\"><f>DATE(2021,5,9)</f><v>44325</v></c>"
                + "<c r=\"D2\"><f>2+3</f><v>5</v></c>"
                + "<c r=\"E2\"><f>1000*3</f><v>3000</v></c>"
                + "<c r=\"F2\" t=\"str\"><f>\"tuần tra \"&amp;\"chung\"</f><v>tuần tra chung</v></c></row>"
                + "<row r=\"3\">" + Xlsx.inline("A3", ImportFolder.QT) + Xlsx.inline("B3", "JOINT_PATROL") + Xlsx.inline("C3", "2021-05-10")
                + "<c r=\"F3\" t=\"b\"><f>1=1</f><v>1</v></c></row>";

        // when
        ImportOutcome outcome = importWorkbook(row);

        // then every value is the one stored
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(db.jdbc().sql("""
                select occurred_on || ' ' || quantity || ' ' || coalesce(amount_vnd::text, '-') || ' ' || note
                from record where import_id = :id order by occurred_on""")
                .param("id", outcome.importId()).query(String.class).list())
                .containsExactly("2021-05-09 5.000 3000 tuần tra chung", "2021-05-10 1.000 - TRUE");
    }

    @Test
    void aFormulaWithoutAStoredValueIsAProblemNamingItsCell() {
        String row = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL") + Xlsx.inline("C2", "2021-05-09")
                + "<c r=\"D2\"><f>2+3</f></c><c r=\"E2\"><f>1000*3</f></c>"
                + "<c r=\"F2\" t=\"str\"><f>\"a\"&amp;\"b\"</f></c></row>";

        assertThat(rejected(row)).containsExactly(
                "book.xlsx/records:2: amount_vnd: ô E2 chứa công thức =1000*3 nhưng không lưu kèm giá trị: tệp "
                        + "không do chương trình bảng tính lưu; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại, hoặc "
                        + "gõ giá trị vào ô",
                "book.xlsx/records:2: note: ô F2 chứa công thức =\"a\"&\"b\" nhưng không lưu kèm giá trị: tệp "
                        + "không do chương trình bảng tính lưu; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại, hoặc "
                        + "gõ giá trị vào ô",
                "book.xlsx/records:2: quantity: ô D2 chứa công thức =2+3 nhưng không lưu kèm giá trị: tệp không "
                        + "do chương trình bảng tính lưu; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại, hoặc gõ "
                        + "giá trị vào ô");
    }

    @Test
    void aFormulaStoredWithAnEmptyValueHasNoStoredValue() {
        // given formulas as openpyxl writes them, an empty <v/> whatever the type of their value
        String row = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL") + Xlsx.inline("C2", "2021-05-09")
                + "<c r=\"D2\"><f>2+3</f><v/></c><c r=\"E2\" t=\"n\"><f>1000*3</f><v></v></c>"
                + "<c r=\"F2\" t=\"b\"><f>1=1</f><v/></c></row>"
                + "<row r=\"3\">" + Xlsx.inline("A3", ImportFolder.QT) + Xlsx.inline("B3", "JOINT_PATROL") + Xlsx.inline("C3", "2021-05-10")
                + "<c r=\"D3\" t=\"e\"><f>1/0</f><v></v></c><c r=\"F3\" t=\"str\"><f>IF(1=1,\"\",\"x\")</f><v></v></c></row>";

        // then each is a problem of its cell, not a quantity of 1 or no amount; and so is the empty text, as the
        // program that wrote this workbook stored no values
        String noValue = " nhưng không lưu kèm giá trị: tệp không do chương trình bảng tính lưu; hãy mở bằng Excel "
                + "hoặc LibreOffice Calc rồi lưu lại, hoặc gõ giá trị vào ô";
        assertThat(rejected(row)).containsExactly(
                "book.xlsx/records:2: amount_vnd: ô E2 chứa công thức =1000*3" + noValue,
                "book.xlsx/records:2: note: ô F2 chứa công thức =1=1" + noValue,
                "book.xlsx/records:2: quantity: ô D2 chứa công thức =2+3" + noValue,
                "book.xlsx/records:3: note: ô F3 chứa công thức =IF(1=1,\"\",\"x\")" + noValue,
                "book.xlsx/records:3: quantity: ô D3 chứa công thức =1/0" + noValue);
    }

    @Test
    void aTextFormulaWhoseValueIsEmptyIsAnEmptyCell() {
        // given a workbook as Excel saves it: every formula with its value, "" stored as an empty text
        String row = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL") + Xlsx.inline("C2", "2021-05-11")
                + "<c r=\"D2\"><f>2+3</f><v>5</v></c>"
                + "<c r=\"F2\" t=\"str\"><f>IF(D2&gt;3,\"\",\"ít\")</f><v></v></c></row>";

        // when
        ImportOutcome outcome = importWorkbook(row);

        // then the note is empty, as the clerk sees it
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(db.jdbc().sql("select quantity || ' ' || coalesce(nullif(note, ''), '-') from record where import_id = :id")
                .param("id", outcome.importId()).query(String.class).list())
                .containsExactly("5.000 -");
    }

    @Test
    void aDateOfAWorkbookSavedWithThe1904DateSystemIsTheDateExcelShows() {
        // given workbooks saved with the 1904 date system (Excel for Mac, openpyxl's CALENDAR_MAC_1904), the flag
        // written as Excel writes it and as its schema also allows: 9 May 2021 is 42863 there, 44325 in 1900's
        for (String date1904 : List.of("1", "true")) {
            String rows = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL")
                    + "<c r=\"C2\" s=\"1\"><v>42863</v></c>" + Xlsx.inline("F2", "date1904=" + date1904) + "</row>"
                    + "<row r=\"3\">" + Xlsx.inline("A3", ImportFolder.QT) + Xlsx.inline("B3", "JOINT_PATROL")
                    + "<c r=\"C3\" s=\"1\"><f>DATE(2021,5,10)</f><v>42864</v></c>" + Xlsx.inline("F3", "date1904=" + date1904)
                    + "</row>";
            Map<String, byte[]> parts = Xlsx.parts(Map.of("records", HEADER + rows), List.of("x"));
            String book = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
            parts.put("xl/workbook.xml", Xlsx.utf8(book.replace("<sheets>", "<workbookPr date1904=\"" + date1904 + "\"/><sheets>")));

            // when
            ImportOutcome outcome = db.importer().importPath(write("book.xlsx", Xlsx.zip(parts)), false);

            // then the dates are those Excel shows, not 4 years and a day earlier
            assertThat(outcome.problemLines()).isEmpty();
            assertThat(db.jdbc().sql("select occurred_on::text from record where import_id = :id order by occurred_on")
                    .param("id", outcome.importId()).query(String.class).list())
                    .as("date1904=\"%s\"", date1904).containsExactly("2021-05-09", "2021-05-10");
        }
    }

    @Test
    void aBooleanIsNotANumberAndAnErrorValueIsNotAValue() {
        String row = "<row r=\"2\">" + Xlsx.inline("A2", ImportFolder.QT) + Xlsx.inline("B2", "JOINT_PATROL") + Xlsx.inline("C2", "2021-05-09")
                + "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><f>1=2</f><v>0</v></c></row>"
                + "<row r=\"3\">" + Xlsx.inline("A3", ImportFolder.QT) + Xlsx.inline("B3", "JOINT_PATROL") + Xlsx.inline("C3", "2021-05-09")
                + "<c r=\"D3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"E3\" t=\"e\"><v>#N/A</v></c></row>";

        assertThat(rejected(row)).containsExactly(
                "book.xlsx/records:2: amount_vnd: 'FALSE' không phải là số đồng nguyên: chỉ ghi chữ số, không "
                        + "dùng dấu phân cách hàng nghìn",
                "book.xlsx/records:2: quantity: 'TRUE' không phải là số: chỉ ghi chữ số, phần thập phân ngăn "
                        + "bằng dấu chấm '.', không dùng dấu phân cách hàng nghìn",
                "book.xlsx/records:3: amount_vnd: ô E3 chứa giá trị lỗi #N/A: hãy gõ giá trị vào ô",
                "book.xlsx/records:3: quantity: ô D3 chứa công thức =1/0 có giá trị là lỗi #DIV/0!: hãy sửa "
                        + "công thức hoặc gõ giá trị vào ô");
    }

    private List<String> rejected(String rows) {
        var before = CoordinationTables.dump(db.jdbc());
        ImportOutcome outcome = importWorkbook(rows);
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(CoordinationTables.dump(db.jdbc())).isEqualTo(before);
        return outcome.problemLines();
    }

    private ImportOutcome importWorkbook(String rows) {
        try {
            Path book = Files.write(Files.createTempDirectory(temp, "book").resolve("book.xlsx"),
                    Xlsx.zip(Xlsx.parts(Map.of("records", HEADER + rows), List.of("x"))));
            return db.importer().importPath(book, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWorkbookWithAPictureAThumbnailAndPrinterSettingsIsImported() {
        // given a workbook with the binary parts Excel writes, declared as Excel declares them
        Map<String, byte[]> parts = Xlsx.parts(Map.of("records", RECORDS), List.of("x"));
        declare(parts, "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                + "<Default Extension=\"emf\" ContentType=\"image/x-emf\"/>"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings\"/>");
        parts.put("xl/media/image1.jpeg", binary(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        parts.put("docProps/thumbnail.emf", binary(new byte[] {1, 0, 0, 0, 0x6C, 0, 0, 0}));
        parts.put("xl/printerSettings/printerSettings1.bin", binary("HP LaserJet".getBytes(StandardCharsets.UTF_16LE)));
        parts.put("xl/worksheets/_rels/sheet1.xml.rels", Xlsx.utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + Xlsx.REL + "/printerSettings\" "
                + "Target=\"../printerSettings/printerSettings1.bin\"/></Relationships>"));

        // when
        ImportOutcome outcome = db.importer().importPath(write("genuine.xlsx", Xlsx.zip(parts)), false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(outcome.rows()).isEqualTo(1);
    }

    @Test
    void aPartDeclaredXmlOrReadAsASheetKeepsTheXmlLimits() {
        // a part of another name declared XML is parsed as XML
        Map<String, byte[]> declared = Xlsx.parts(Map.of("records", RECORDS), List.of("x"));
        declare(declared, "<Override PartName=\"/customXml/item1.bin\" ContentType=\"application/xml\"/>");
        declared.put("customXml/item1.bin", Xlsx.utf8("<a><b></a>"));
        assertThat(rejected(declared)).singleElement().asString()
                .startsWith("book.xlsx:0: sổ tính bị hỏng: phần customXml/item1.bin không phải là XML hợp lệ");

        // and a sheet FastExcel would read is checked whatever type its extension declares
        Map<String, byte[]> sheet = Xlsx.parts(Map.of("records",
                "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>agreement</t></is></c></row>"), List.of("x"));
        declare(sheet, "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings\"/>");
        sheet.put("xl/worksheets/sheet1.bin", sheet.remove("xl/worksheets/sheet1.xml"));
        sheet.put("xl/_rels/workbook.xml.rels", Xlsx.utf8(new String(sheet.get("xl/_rels/workbook.xml.rels"),
                StandardCharsets.UTF_8).replace("worksheets/sheet1.xml", "worksheets/sheet1.bin")));
        assertThat(rejected(sheet)).containsExactly(
                "book.xlsx/records:1: địa chỉ ô r=\"ZZZZZZ1\" không phải là một ô của trang tính (từ A1 đến "
                        + "XFD1048576)");
    }

    @Test
    void aPictureCountsAgainstTheInflationLimit() throws IOException {
        // given a workbook whose "picture" inflates to more than the limit (1 MB on disk)
        Path book = temp.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(book))) {
            zip.setLevel(Deflater.BEST_SPEED);
            Map<String, byte[]> parts = Xlsx.parts(Map.of("records", RECORDS), List.of("x"));
            declare(parts, "<Default Extension=\"png\" ContentType=\"image/png\"/>");
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= WorkbookCheck.MAX_INFLATED; written += zeros.length) {
                zip.write(zeros);
            }
        }

        // then
        var before = CoordinationTables.dump(db.jdbc());
        ImportOutcome outcome = db.importer().importPath(book, false);
        assertThat(outcome.problemLines()).containsExactly("bomb.xlsx:0: sổ tính khi giải nén lớn hơn 1024 MB (có phải bom nén không?): dữ liệu lớn như "
                + "vậy hãy nhập bằng các tệp CSV");
        assertThat(CoordinationTables.dump(db.jdbc())).isEqualTo(before);
    }

    private List<String> rejected(Map<String, byte[]> parts) {
        var before = CoordinationTables.dump(db.jdbc());
        ImportOutcome outcome = db.importer().importPath(write("book.xlsx", Xlsx.zip(parts)), false);
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(CoordinationTables.dump(db.jdbc())).isEqualTo(before);
        return outcome.problemLines();
    }

    /** Adds declarations to the workbook's [Content_Types].xml. */
    private static void declare(Map<String, byte[]> parts, String declarations) {
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        parts.put("[Content_Types].xml", Xlsx.utf8(types.replace("</Types>", declarations + "</Types>")));
    }

    /** Bytes that start as the real format does (no '<'; a zero byte, or 0xFF, first), then noise. */
    private static byte[] binary(byte[] head) {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(Files.createTempDirectory(temp, "book").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
