package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.ImportFolder.QT;
import static vn.coordreport.ingest.ImportFolder.QUANG_TRI;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportedFile.Counts;
import vn.coordreport.period.Period;
import vn.coordreport.support.IntegrationTest;

/**
 * The Excel template of an agreement: LibreOffice opens it, its code columns are drop-downs, an agency
 * fills it and it imports as it is; sent again, as a workbook or as CSV, it changes nothing; a bad date
 * in it is reported with its sheet and row.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=TemplateIntegrationTests")
class TemplateIntegrationTests {

    @Autowired
    Templates templates;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void quangTri() {
        assertThat(importer.importPath(QUANG_TRI, false).status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @AfterEach
    void undoEveryImport() {
        importer.history().stream().filter(i -> i.status().equals("APPLIED"))
                .sorted(Comparator.comparingLong(ImportSummary::id).reversed()).forEach(i -> importer.undo(i.id()));
    }

    @Test
    void libreOfficeOpensTheTemplateWithItsHeadingsAndStoredRows() throws Exception {
        Path template = template(Period.year(2021), "mau.xlsx");

        Path csv = libreOffice(template, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");

        // the records sheet as LibreOffice reads it: Vietnamese headings over the codes, then the stored rows
        String records = sheet(csv, "records");
        assertThat(records.lines().limit(3).toList()).containsExactly(
                "Quy chế phối hợp (*),Chỉ tiêu (*),Ngày (*),Số lượng,Số tiền (đồng),Đối tác,Cơ quan báo cáo,Ghi chú,Số hiệu dòng",
                "agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note,ref",
                "09/QCPH/SNgV-BP,DELEGATION_IN,02/03/2021,1,,,SNGV-QT,,");
        assertThat(records.lines().count()).isEqualTo(2 + 108);
        // and that CSV, the Vietnamese headings above the codes, imports back as the rows already stored (a CSV
        // saved from the template had its headings refused as "cột không có trong mẫu")
        Path resent = new ImportFolder(temp.resolve("gui-lai-csv")).write("records.csv", records).path;
        ImportOutcome again = importer.importPath(resent, false);
        assertThat(again.problemLines()).isEmpty();
        assertThat(again.files()).extracting(ImportedFile::counts).containsExactly(new Counts(0, 108, 0));
        assertThat(sheet(csv, "Hướng dẫn")).contains("MẪU NHẬP SỐ LIỆU PHỐI HỢP",
                "Cột có dấu (*) là bắt buộc.", "records,,\"Số liệu: từng sự việc, từng số đếm\",");
    }

    @Test
    void codeColumnsAreDropDownsOfTheCatalogue() throws IOException {
        Path template = template(null, "mau.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            XSSFSheet records = book.getSheet("records");
            Map<String, String> lists = new java.util.HashMap<>();
            for (DataValidation v : records.getDataValidations()) {
                DataValidationConstraint c = v.getValidationConstraint();
                if (c.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    lists.put(records.getRow(1).getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                            .getStringCellValue(), c.getFormula1());
                }
            }
            assertThat(lists).containsEntry("indicator", "ds_chi_tieu").containsEntry("agency", "ds_co_quan")
                    .containsEntry("agreement", "ds_quy_che");
            assertThat(book.getName("ds_chi_tieu").getRefersToFormula()).isEqualTo("'Danh mục'!$D$3:$D$"
                    + (2 + jdbc.sql("select count(*) from indicator").query(Long.class).single()));
            assertThat(book.getName("ds_co_quan").getRefersToFormula()).isEqualTo("'Danh mục'!$J$3:$J$4");
            XSSFSheet lists1 = book.getSheet("Danh mục");
            assertThat(List.of(lists1.getRow(2).getCell(9).getStringCellValue(), lists1.getRow(2).getCell(10)
                    .getStringCellValue())).containsExactly("SNGV-QT", "Sở Ngoại vụ");
            assertThat(List.of(lists1.getRow(3).getCell(12).getStringCellValue(), lists1.getRow(3).getCell(13)
                    .getStringCellValue())).containsExactly("IN_PROGRESS", "Đang thực hiện");
            assertThat(book.getSheet("tasks").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("ds_tinh_trang"));
        }
    }

    @Test
    void excelWarnsOfADateOfWhatHappenedTypedOutsideTheTemplatesPeriod() throws IOException {
        Path template = template(Period.parse("2021-H1"), "ngay.xlsx");
        Path blank = template(null, "trong.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template));
                XSSFWorkbook none = new XSSFWorkbook(Files.newInputStream(blank))) {
            // the first half of 2021 in Decree 09's calendar: 15/12/2020 to 14/06/2021
            for (String sheet : List.of("records", "results", "limitations")) {
                DataValidation date = dateValidation(book.getSheet(sheet), "date");
                assertThat(date.getValidationConstraint().getFormula1()).as(sheet).isEqualTo("DATE(2020,12,15)");
                assertThat(date.getValidationConstraint().getFormula2()).as(sheet).isEqualTo("DATE(2021,6,14)");
                assertThat(date.getErrorStyle()).as(sheet).isEqualTo(DataValidation.ErrorStyle.WARNING);
                assertThat(date.getErrorBoxTitle()).isEqualTo("Ngày ngoài kỳ báo cáo");
                assertThat(date.getErrorBoxText()).isEqualTo("Mẫu này dành cho kỳ 6 tháng đầu năm 2021, gồm các ngày từ "
                        + "15/12/2020 đến 14/06/2021 (dd/mm/yyyy). Ngày ngoài kỳ (thường là nhầm năm) được tính vào kỳ có "
                        + "ngày đó, không vào kỳ này.");
            }
            // a resolution, a due date may fall after the period; a blank template has no period
            assertThat(dateValidation(book.getSheet("limitations"), "resolved_on").getValidationConstraint()
                    .getFormula2()).isEqualTo("DATE(2100,12,31)");
            assertThat(dateValidation(book.getSheet("tasks"), "due_on").getValidationConstraint().getFormula2())
                    .isEqualTo("DATE(2100,12,31)");
            assertThat(dateValidation(none.getSheet("records"), "date").getValidationConstraint().getFormula2())
                    .isEqualTo("DATE(2100,12,31)");
        }
    }

    /** The validation of a sheet's column, named by its code in row 2. */
    private static DataValidation dateValidation(XSSFSheet sheet, String column) {
        return sheet.getDataValidations().stream().filter(v -> sheet.getRow(1)
                .getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn()).getStringCellValue().equals(column))
                .findFirst().orElseThrow();
    }

    @Test
    void theTemplateOfAPeriodOffersTheNextPeriodsForItsTasksAndTargets() throws IOException {
        Path template = template(Period.parse("2021-H1"), "ky.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            // the period, then those the report calls the next period's: tasks set for them are sent with it
            org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                    book.getName("ds_ky").getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            XSSFSheet lists = book.getSheet("Danh mục");
            assertThat(java.util.Arrays.stream(area.getAllReferencedCells()).map(c -> lists.getRow(c.getRow())
                    .getCell(c.getCol()).getStringCellValue())).containsExactly("2021-H1", "2021-H2", "2021");
            assertThat(book.getSheet("tasks").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("ds_ky"));
        }
    }

    @Test
    void aFilledTemplateImportsAndSentAgainAsWorkbookOrCsvChangesNothing() throws IOException {
        Path filled = fill(template(null, "mau.xlsx"), "records", List.of(
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 5, 3), 2, "", "", "BDBP-QT", "Tuần tra chung", "TT-01"),
                List.of(QT, "DELEGATION_IN", LocalDate.of(2021, 6, 10), 1, 15_000_000, "Lào", "SNGV-QT", "", "")),
                temp.resolve("da-dien.xlsx"));

        ImportOutcome first = importer.importPath(filled, false);
        assertThat(first.problemLines()).isEmpty();
        assertThat(first.files()).filteredOn(f -> f.rows() > 0).containsExactly(new ImportedFile("da-dien.xlsx/records", 2, null, new Counts(2, 0, 0)));
        Map<String, List<String>> stored = CoordinationTables.byCodes(jdbc);

        // the same file again, then the same rows saved once more (other bytes), then as CSV
        assertThat(importer.importPath(filled, false).status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        Path resaved = fill(filled, "results", List.of(), temp.resolve("luu-lai.xlsx"));
        // saved again by someone else: other bytes (a save within the same second can give the same ones)
        try (InputStream in = Files.newInputStream(resaved); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getProperties().getCoreProperties().setCreator("Văn thư Sở Ngoại vụ");
            try (var out = Files.newOutputStream(resaved)) {
                book.write(out);
            }
        }
        ImportOutcome again = importer.importPath(resaved, false);
        assertThat(again.files()).as(again.status() + " " + again.problemLines() + " " + again.files()).filteredOn(f -> f.rows() > 0).containsExactly(
                new ImportedFile("luu-lai.xlsx/records", 2, null, new Counts(0, 2, 0)));
        Path csv = new ImportFolder(temp.resolve("csv")).write("records.csv", """
                agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note,ref
                09/QCPH/SNgV-BP,JOINT_PATROL,03/05/2021,2,,,BDBP-QT,Tuần tra chung,TT-01
                09/QCPH/SNgV-BP,DELEGATION_IN,2021-06-10,1,15000000,Lào,SNGV-QT,,
                """).path;
        assertThat(importer.importPath(csv, false).files()).containsExactly(
                new ImportedFile("records.csv", 2, null, new Counts(0, 2, 0)));
        assertThat(CoordinationTables.byCodes(jdbc)).isEqualTo(stored);
    }

    @Test
    void theTemplateOfAPeriodSentBackAsItIsChangesNothing() throws IOException {
        Map<String, List<String>> stored = CoordinationTables.byCodes(jdbc);

        ImportOutcome again = importer.importPath(template(Period.year(2021), "ky-2021.xlsx"), false);

        assertThat(again.problemLines()).isEmpty();
        assertThat(again.notices()).as("its stored rows, a limitation carried over among them, are as they were").isEmpty();
        assertThat(again.files()).extracting(ImportedFile::name).contains("ky-2021.xlsx/records", "ky-2021.xlsx/results",
                "ky-2021.xlsx/targets", "ky-2021.xlsx/commendations");
        assertThat(again.files()).allSatisfy(f -> assertThat(f.counts()).as(f.name()).isEqualTo(new Counts(0, f.rows(), 0)));
        assertThat(again.counts().present()).isGreaterThanOrEqualTo(108);
        assertThat(CoordinationTables.byCodes(jdbc)).isEqualTo(stored);
    }

    @Test
    void aStoredRowThatSentBackChangedWouldCountTwiceIsLockedAndARecordWithItsNumberIsNot() throws IOException {
        Path numbered = new ImportFolder(temp.resolve("so-hieu")).write("records.csv", """
                agreement,indicator,date,quantity,agency,ref
                09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-03,2,BDBP-QT,TT-01
                """).path;
        assertThat(importer.importPath(numbered, false).problemLines()).isEmpty();

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template(Period.year(2021), "ky.xlsx")))) {
            XSSFSheet records = book.getSheet("records");
            assertThat(records.getProtect()).as("records protected").isTrue();
            assertThat(records.isInsertRowsLocked() || records.isDeleteRowsLocked() || records.isSortLocked()).isFalse();
            List<String> columns = new ArrayList<>();
            records.getRow(1).forEach(c -> columns.add(c.getStringCellValue()));
            Row sample = null;
            Row withNumber = null;
            for (int r = 2; r <= records.getLastRowNum(); r++) {
                Row row = records.getRow(r);
                Cell ref = row.getCell(columns.indexOf("ref"));
                if (ref != null && "TT-01".equals(ref.getStringCellValue())) {
                    withNumber = row;
                } else if (sample == null) {
                    sample = row;
                }
            }
            // a sample row (no number): every cell locked and grey, the blank ones too
            assertThat(sample).isNotNull();
            for (String column : columns) {
                assertThat(sample.getCell(columns.indexOf(column)).getCellStyle().getLocked()).as(column).isTrue();
            }
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) sample.getCell(columns.indexOf("quantity"))
                    .getCellStyle()).getFillForegroundXSSFColor().getRGB()).containsExactly(0xD9, 0xD9, 0xD9);
            // the record with its number: its figures open, its agency and number locked
            assertThat(withNumber).isNotNull();
            assertThat(withNumber.getCell(columns.indexOf("quantity")).getCellStyle().getLocked()).isFalse();
            assertThat(withNumber.getCell(columns.indexOf("date")).getCellStyle().getLocked()).isFalse();
            assertThat(withNumber.getCell(columns.indexOf("agency")).getCellStyle().getLocked()).isTrue();
            assertThat(withNumber.getCell(columns.indexOf("ref")).getCellStyle().getLocked()).isTrue();
            assertThat(withNumber.getCell(columns.indexOf("agreement")).getCellStyle().getLocked()).isTrue();
            // new rows below are open in every column, the headings are not
            for (int c = 0; c < columns.size(); c++) {
                assertThat(records.getColumnStyle(c).getLocked()).as(columns.get(c)).isFalse();
            }
            assertThat(records.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
            // a quantity is shown as typed: Excel wrote a whole one in #,##0.### as "1," in Vietnamese
            assertThat(records.getColumnStyle(columns.indexOf("quantity")).getDataFormatString()).isEqualTo("General");
            assertThat(book.getSheet("tasks").getProtect()).isTrue();
        }
    }

    @Test
    void aDateOutsideTheTemplatesPeriodIsTakenAndToldEvenAfterLibreOfficeSavedIt() throws Exception {
        Path filled = fill(template(Period.parse("2021-H1"), "6-thang.xlsx"), "records", List.of(
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 5, 3), 1, "", "", "BDBP-QT", "Mốc 606", ""),
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 7, 3), 1, "", "", "BDBP-QT", "Mốc 607", ""),
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 9, 4), 1, "", "", "BDBP-QT", "Mốc 608", "")),
                temp.resolve("da-dien-6-thang.xlsx"));

        ImportOutcome checked = importer.importPath(filled, true);

        assertThat(checked.status()).as(checked.problemLines().toString()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(checked.noticeLines()).singleElement().asString().startsWith("da-dien-6-thang.xlsx/records:")
                .contains(": date: ngày 03/07/2021 ngoài kỳ 6 tháng đầu năm 2021 mà mẫu này dành cho (từ 15/12/2020"
                        + " đến 14/06/2021), và 1 dòng khác phía dưới trong trang này cũng vậy: số liệu vẫn được nhận và được tính"
                        + " vào kỳ báo cáo có ngày đó, không vào kỳ 6 tháng đầu năm 2021.")
                .endsWith("hãy sửa tệp trước khi nhập.");
        // saved again by LibreOffice, the template keeps its period
        Path resaved = libreOffice(filled, "xlsx");
        assertThat(importer.importPath(resaved, true).noticeLines()).singleElement().asString()
                .contains("ngày 03/07/2021 ngoài kỳ 6 tháng đầu năm 2021");
        // a blank template has no period: nothing to tell
        Path blank = fill(template(null, "trong-2.xlsx"), "records", List.of(
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 7, 3), 1, "", "", "BDBP-QT", "Mốc 607", "")),
                temp.resolve("da-dien-trong.xlsx"));
        assertThat(importer.importPath(blank, true).notices()).isEmpty();
    }

    @Test
    void aBadDateTypedInATemplateRowIsReportedWithItsSheetAndRow() throws IOException {
        Path filled = fill(template(null, "mau.xlsx"), "records", List.of(
                List.of(QT, "JOINT_PATROL", LocalDate.of(2021, 5, 3), 1, "", "", "BDBP-QT", "", ""),
                List.of(QT, "JOINT_PATROL", "31/02/2021", 1, "", "", "BDBP-QT", "", "")), temp.resolve("sai-ngay.xlsx"));

        ImportOutcome outcome = importer.importPath(filled, false);

        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.problemLines()).singleElement().asString().startsWith("sai-ngay.xlsx/records:4: date: ")
                .contains("31/02/2021");
    }

    private Path template(Period period, String name) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            templates.write(QT, period, out);
        }
        return file;
    }

    /** Types rows into a sheet's cells from row 3 on, as a clerk or a script would: dates as dates, numbers as numbers. */
    static Path fill(Path template, String sheet, List<List<Object>> rows, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet s = book.getSheet(sheet);
            int r = 2;
            while (s.getRow(r) != null && s.getRow(r).getCell(0) != null) {
                r++;
            }
            for (List<Object> values : rows) {
                Row row = s.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(s.getColumnStyle(c));
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (!v.toString().isEmpty()) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    /** The CSV LibreOffice wrote for one sheet: {@code <book>-<sheet>.csv}, its name in any Unicode form. */
    private static String sheet(Path converted, String name) throws IOException {
        try (var files = Files.list(converted.getParent())) {
            List<Path> all = files.toList();
            Path file = all.stream().filter(f -> java.text.Normalizer.normalize(f.getFileName().toString(),
                    java.text.Normalizer.Form.NFC).endsWith("-" + name + ".csv")).findFirst().orElse(null);
            assertThat(file).as("the CSV of sheet %s among %s", name, all).isNotNull();
            return Files.readString(file);
        }
    }

    /** Converts with LibreOffice (each sheet to its own file for CSV); the file of the first sheet. */
    private Path libreOffice(Path file, String format) throws IOException, InterruptedException {
        Path outdir = temp.resolve("soffice");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outdir.toString(), file.toString()));
        // as a Vietnamese office's LibreOffice (its locale vi-VN): dates written dd/mm/yyyy, where the machine's
        // en-US writes 03/02/2021 for 2 March
        Files.createDirectories(temp.resolve("profile/user"));
        Files.writeString(temp.resolve("profile/user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
                <value>vi-VN</value></prop></item>
                </oor:items>
                """);
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).as("soffice finished within 5 minutes").isTrue();
        try (var files = Files.list(outdir)) {
            List<Path> out = files.sorted().toList();
            assertThat(out).as(Files.readString(temp.resolve("soffice.log"))).isNotEmpty();
            return out.get(0);
        }
    }
}
