package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/** Every kind of problem is reported as file:line: column: message, and nothing is written. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ImportProblemsIntegrationTests") // a database of its own
class ImportProblemsIntegrationTests {

    static final String RECORDS = "agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n";

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    ImportFolder folder;

    @BeforeEach
    void givenTheQuangTriSampleIsImported() {
        importer.importPath(ImportFolder.QUANG_TRI, false);
        folder = new ImportFolder(temp.resolve("import"));
    }

    /** Imports the folder, expects it rejected with exactly these problems, and the tables unchanged. */
    private List<String> rejected(Path path) {
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);
        ImportOutcome outcome = importer.importPath(path, false);
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.importId()).isNull();
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
        return outcome.problemLines();
    }

    private List<String> rejected() {
        return rejected(folder.path);
    }

    @Test
    void spreadsheetsTheImportDoesNotReadAreSaidSoWithWhatToDo() {
        // an office's older workbooks: an Excel 97-2003 file given alone, and a folder holding only workbooks
        Path xls = folder.write("so-lieu-2021.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).path
                .resolve("so-lieu-2021.xls");
        assertThat(rejected(xls)).containsExactly("so-lieu-2021.xls:0: sổ tính Excel 97-2003 (.xls) không đọc được: "
                + "hãy mở bằng Excel và lưu lại dưới dạng \"Excel Workbook (*.xlsx)\"");
        // uploaded too (the page, the API)
        assertThatIllegalArgumentException().isThrownBy(() -> importer.importUpload("so-lieu-2021.xls",
                new java.io.ByteArrayInputStream(new byte[] {(byte) 0xD0}), false, "nv", null))
                .withMessage("'so-lieu-2021.xls': sổ tính Excel 97-2003 (.xls) không đọc được: hãy mở bằng Excel và "
                        + "lưu lại dưới dạng \"Excel Workbook (*.xlsx)\"");
        folder.write("bao-cao.ods", new byte[] {'P', 'K'}).write("mau-nhap.xlsx", new byte[] {'P', 'K'});
        assertThat(rejected()).containsExactly("import:0: thư mục không có tệp .csv nào, chỉ có sổ tính (bao-cao.ods, "
                + "mau-nhap.xlsx, so-lieu-2021.xls): hãy nhập từng sổ tính .xlsx như một tệp riêng");
    }

    @Test
    void aWorkbookBesideTheCsvFilesIsNotSkippedWithoutAWord() {
        // the clerk put the filled-in template in the folder of the CSV files: its data would have been left out
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,,\n")
                .write("mau-nhap.xlsx", new byte[] {'P', 'K'});
        assertThat(rejected()).containsExactly("mau-nhap.xlsx:0: sổ tính này nằm cùng thư mục với các tệp .csv nên "
                + "không được nhập cùng: mỗi lần nhập là các tệp .csv của một thư mục, hoặc một sổ tính; hãy nhập sổ "
                + "tính riêng, hoặc chuyển nó ra khỏi thư mục");
    }

    @Test
    void aMissingRequiredColumn() {
        folder.write("records.csv", "agreement,indicator,quantity\n" + QT + ",JOINT_PATROL,2\n");
        assertThat(rejected()).containsExactly("records.csv:1: date: thiếu cột bắt buộc ở dòng tiêu đề");
    }

    @Test
    void aHeaderOfTheTemplatesVietnameseHeadingsIsToldTheCodes() {
        // a template's sheet saved as CSV without its second row, the codes: eleven problems and no hint before
        folder.write("records.csv", "Quy chế phối hợp (*),Chỉ tiêu (*),Ngày (*),Số lượng,Ghi chú lạ\n"
                + QT + ",JOINT_PATROL,2021-05-01,2,\n");
        assertThat(rejected()).containsExactlyInAnyOrder(
                "records.csv:1: quy chế phối hợp (*): 'Quy chế phối hợp (*)' là tiêu đề tiếng Việt của cột agreement"
                        + " trong mẫu Excel: dòng 1 của tệp phải ghi mã cột (agreement), như dòng thứ hai của mẫu; nếu"
                        + " lưu một trang của mẫu thành CSV, hãy giữ cả dòng mã cột",
                "records.csv:1: chỉ tiêu (*): 'Chỉ tiêu (*)' là tiêu đề tiếng Việt của cột indicator trong mẫu Excel:"
                        + " dòng 1 của tệp phải ghi mã cột (indicator), như dòng thứ hai của mẫu; nếu lưu một trang của"
                        + " mẫu thành CSV, hãy giữ cả dòng mã cột",
                "records.csv:1: ngày (*): 'Ngày (*)' là tiêu đề tiếng Việt của cột date trong mẫu Excel: dòng 1 của"
                        + " tệp phải ghi mã cột (date), như dòng thứ hai của mẫu; nếu lưu một trang của mẫu thành CSV,"
                        + " hãy giữ cả dòng mã cột",
                "records.csv:1: số lượng: 'Số lượng' là tiêu đề tiếng Việt của cột quantity trong mẫu Excel: dòng 1"
                        + " của tệp phải ghi mã cột (quantity), như dòng thứ hai của mẫu; nếu lưu một trang của mẫu thành"
                        + " CSV, hãy giữ cả dòng mã cột",
                "records.csv:1: ghi chú lạ: cột không có trong mẫu: các cột của records.csv là agreement*, indicator*,"
                        + " date*, quantity, amount_vnd, counterpart, agency, note, ref (* = bắt buộc)");
    }

    @Test
    void aTemplateSheetThatLostItsRowOfCodesIsToldToPutItBack() throws java.io.IOException {
        // in a workbook the fix is the row of codes put back under the headings, not a CSV saved otherwise
        Path book = temp.resolve("mau-mat-dong-ma.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(book)) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "coordreport-test", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("records");
            String[] row = {"Quy chế phối hợp (*)", "Chỉ tiêu (*)", "Ngày (*)"};
            String[] data = {QT, "JOINT_PATROL", "2021-05-01"};
            for (int c = 0; c < row.length; c++) {
                sheet.value(0, c, row[c]);
                sheet.value(1, c, data[c]);
            }
            workbook.finish();
        }
        assertThat(rejected(book)).contains("mau-mat-dong-ma.xlsx/records:1: chỉ tiêu (*): 'Chỉ tiêu (*)' là tiêu đề"
                + " tiếng Việt của cột indicator trong mẫu Excel: ngay dưới dòng tiêu đề, mẫu có dòng mã cột (indicator)"
                + " mà chương trình đọc; hãy chèn lại dòng đó (chép từ một mẫu mới tải về)").hasSize(3);
    }

    @Test
    void anUnknownColumnIsATypoNotIgnored() {
        folder.write("records.csv", "agreement,indicator,date,quantiy\n" + QT + ",JOINT_PATROL,2021-05-01,2\n");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:1: quantiy: cột không có trong mẫu: các cột của records.csv là agreement*, indicator*");
    }

    @Test
    void badDatesNumbersAndNegativeQuantities() {
        folder.write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-02-30,1,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-01,1.000.000,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-01,-3,,,,\n"
                + QT + ",NGO_PROJECT,2021-05-01,1,\"1,5\",,,\n"
                + QT + ",NGO_PROJECT,05-01-2021,1,,,,\n"
                // as a spreadsheet of a Vietnamese locale shows them: the number meant is suggested, unless it reads
                // two ways (1,500) or has a fraction where đồng are whole
                + QT + ",NGO_PROJECT,2021-05-02,\"2,5\",1.500.000,,,\n"
                + QT + ",NGO_PROJECT,2021-05-03,\"1,500\",\"1.500,5\",,,\n"
                + QT + ",NGO_PROJECT,2021-05-04,\"1.234,75\",\"2,000,000\",,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: date: '2021-02-30' không phải là ngày hợp lệ: tháng 2 năm 2021 chỉ có 28 ngày",
                "records.csv:3: quantity: '1.000.000' không phải là số: chỉ ghi chữ số, phần thập phân ngăn bằng dấu "
                        + "chấm '.', không dùng dấu phân cách hàng nghìn (ghi là 1000000)",
                "records.csv:4: quantity: '-3' là số âm: số lượng phải từ 0 trở lên",
                "records.csv:5: amount_vnd: '1,5' không phải là số đồng nguyên: chỉ ghi chữ số, không dùng dấu phân "
                        + "cách hàng nghìn",
                "records.csv:6: date: '05-01-2021' không phải là ngày hợp lệ: ghi ngày theo dạng DD/MM/YYYY (hoặc "
                        + "YYYY-MM-DD)",
                "records.csv:7: amount_vnd: '1.500.000' không phải là số đồng nguyên: chỉ ghi chữ số, không dùng dấu "
                        + "phân cách hàng nghìn (ghi là 1500000)",
                "records.csv:7: quantity: '2,5' không phải là số: chỉ ghi chữ số, phần thập phân ngăn bằng dấu chấm "
                        + "'.', không dùng dấu phân cách hàng nghìn (ghi là 2.5)",
                "records.csv:8: amount_vnd: '1.500,5' không phải là số đồng nguyên: chỉ ghi chữ số, không dùng dấu "
                        + "phân cách hàng nghìn",
                "records.csv:8: quantity: '1,500' không phải là số: chỉ ghi chữ số, phần thập phân ngăn bằng dấu chấm "
                        + "'.', không dùng dấu phân cách hàng nghìn",
                "records.csv:9: amount_vnd: '2,000,000' không phải là số đồng nguyên: chỉ ghi chữ số, không dùng dấu "
                        + "phân cách hàng nghìn (ghi là 2000000)",
                "records.csv:9: quantity: '1.234,75' không phải là số: chỉ ghi chữ số, phần thập phân ngăn bằng dấu "
                        + "chấm '.', không dùng dấu phân cách hàng nghìn (ghi là 1234.75)");
    }

    @Test
    void aQuantityBeyondThousandthsAndAnAmountTooLargeAreSaidSo() {
        // numeric(18, 3) would round 2.0005 to 2.001 without a word, and a correction in the fourth decimal would
        // then read as the figure already stored
        folder.write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-05-01,2.0005,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-02,0.0004,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-03,1.2500000,,,,\n"
                + QT + ",NGO_PROJECT,2021-05-01,1,99999999999999999999,,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: quantity: '2.0005' có quá 3 chữ số sau dấu thập phân: số lượng chỉ ghi được đến "
                        + "phần nghìn (ví dụ 0.125)",
                "records.csv:3: quantity: '0.0004' có quá 3 chữ số sau dấu thập phân: số lượng chỉ ghi được đến "
                        + "phần nghìn (ví dụ 0.125)",
                "records.csv:5: amount_vnd: '99999999999999999999' quá lớn: số tiền phải nhỏ hơn 10^18 đồng (tối đa "
                        + "18 chữ số)");
    }

    @Test
    void unknownAgreementIndicatorAgencyAndField() {
        folder.write("records.csv", RECORDS + "09/QCPH/XX,JOINT_PATROL,2021-05-01,1,,,,\n"
                + QT + ",JOINT_PATROLS,2021-05-01,1,,,BDBP-XX,\n");
        folder.write("results.csv", "agreement,field,date,text\n" + QT + ",BORDERS,2021-05-01,Kết quả\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: agreement: mã quy chế '09/QCPH/XX' không có trong tệp agreements.csv của lần nhập này, cũng "
                        + "không có trong cơ sở dữ liệu",
                "records.csv:3: agency: mã cơ quan 'BDBP-XX' không có trong tệp agencies.csv của lần nhập này, cũng không có "
                        + "trong cơ sở dữ liệu",
                "records.csv:3: indicator: mã chỉ tiêu 'JOINT_PATROLS' không có trong tệp indicators.csv của lần nhập này, "
                        + "cũng không có trong danh mục: có phải là 'JOINT_PATROL'?",
                "results.csv:2: field: mã lĩnh vực 'BORDERS' không có trong tệp fields.csv của lần nhập này, cũng không có "
                        + "trong danh mục: có phải là 'BORDER'?");
    }

    @Test
    void aMistypedFieldOrIndicatorNamesTheOneMeantOnlyWhenOneIsNear() {
        // a letter dropped, one changed, two swapped; in records (checked in Java) and in tasks (in SQL)
        folder.write("records.csv", RECORDS + QT + ",JOIN_PATROL,2021-05-01,1,,,,\n"
                + QT + ",MARKER_INSPECTOIN,2021-05-02,1,,,,\n" + QT + ",TRAVEL_GRANT,2021-05-03,1,,,,\n");
        folder.write("tasks.csv", "agreement,period,text,field,lead_agency,due_on,status,done_on,reference\n"
                + QT + ",2022,Nhiệm vụ,BORDRE,SNGV-QT,,PLANNED,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: indicator: mã chỉ tiêu 'JOIN_PATROL' không có trong tệp indicators.csv của lần nhập này, "
                        + "cũng không có trong danh mục: có phải là 'JOINT_PATROL'?",
                "records.csv:3: indicator: mã chỉ tiêu 'MARKER_INSPECTOIN' không có trong tệp indicators.csv của lần nhập này, "
                        + "cũng không có trong danh mục: có phải là 'MARKER_INSPECTION'?",
                // nothing near: no guess
                "records.csv:4: indicator: mã chỉ tiêu 'TRAVEL_GRANT' không có trong tệp indicators.csv của lần nhập này, "
                        + "cũng không có trong danh mục",
                "tasks.csv:2: field: mã lĩnh vực 'BORDRE' không có trong tệp fields.csv của lần nhập này, cũng không có "
                        + "trong danh mục: có phải là 'BORDER'?");
    }

    @Test
    void aFieldOrIndicatorCodeInAnotherCaseNamesTheCodeMeant() {
        folder.write("records.csv", RECORDS + QT + ",joint_patrol,2021-05-01,1,,,,\n");
        folder.write("results.csv", "agreement,field,date,text\n" + QT + ",border,2021-05-01,Kết quả\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: indicator: mã chỉ tiêu 'joint_patrol' không có trong tệp indicators.csv của lần nhập này, "
                        + "cũng không có trong danh mục: có phải là 'JOINT_PATROL'? (mã phân biệt chữ hoa, chữ thường)",
                "results.csv:2: field: mã lĩnh vực 'border' không có trong tệp fields.csv của lần nhập này, cũng không có "
                        + "trong danh mục: có phải là 'BORDER'? (mã phân biệt chữ hoa, chữ thường)");
    }

    @Test
    void anAgencyOrAgreementCodeInAnotherCaseNamesTheCodeMeant() {
        // in records (checked in Java) and in tasks (in SQL); a code two edits from another is not guessed: that
        // would be another agreement (10/... for 09/...)
        folder.write("records.csv", RECORDS + "09/qcph/sngv-bp,JOINT_PATROL,2021-05-01,1,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,bdbp-qt,\n" + "10/QCPH/SNgV-BP,JOINT_PATROL,2021-05-03,1,,,,\n");
        folder.write("tasks.csv", "agreement,period,text,field,lead_agency,due_on,status,done_on,reference\n"
                + QT + ",2022,Nhiệm vụ,BORDER,sngv-qt,,PLANNED,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: agreement: mã quy chế '09/qcph/sngv-bp' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu: có phải là '09/QCPH/SNgV-BP'? (mã phân biệt chữ hoa, chữ "
                        + "thường)",
                "records.csv:3: agency: mã cơ quan 'bdbp-qt' không có trong tệp agencies.csv của lần nhập này, cũng không có "
                        + "trong cơ sở dữ liệu: có phải là 'BDBP-QT'? (mã phân biệt chữ hoa, chữ thường)",
                "records.csv:4: agreement: mã quy chế '10/QCPH/SNgV-BP' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu",
                "tasks.csv:2: lead_agency: mã cơ quan 'sngv-qt' không có trong tệp agencies.csv của lần nhập này, cũng không "
                        + "có trong cơ sở dữ liệu: có phải là 'SNGV-QT'? (mã phân biệt chữ hoa, chữ thường)");
    }

    @Test
    void anAgencyTypedByItsNameIsToldTheCodeOfThePartySoNamed() {
        // "Sở Ngoại vụ" typed for SNGV-QT: "không có trong tệp agencies.csv" alone did not say what to write
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,sở ngoại vụ ,\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,Công an tỉnh,\n");
        assertThat(rejected()).containsExactly("records.csv:2: agency: 'sở ngoại vụ' là tên của cơ quan SNGV-QT, một bên"
                + " của quy chế '09/QCPH/SNgV-BP': cột agency ghi mã cơ quan (SNGV-QT), không ghi tên",
                "records.csv:3: agency: mã cơ quan 'Công an tỉnh' không có trong tệp agencies.csv của lần nhập này, cũng"
                        + " không có trong cơ sở dữ liệu");
    }

    @Test
    void anIndicatorTypedByItsNameIsToldItsCode() {
        // "Tuần tra song phương" typed for JOINT_PATROL, as the template's sheet of indicators shows them side by side:
        // "không có trong tệp indicators.csv" never said JOINT_PATROL
        folder.write("records.csv", RECORDS + QT + ",Tuần tra song phương,2021-05-01,1,,,,\n"
                + QT + ",vu cuu ho,  cuu nan,2021-05-02,1,,,,\n".replace(",  ", ", ").replace("vu cuu ho, cuu nan",
                        "\"vu cuu ho,  cuu nan\"")
                + QT + ",Tuần tra,2021-05-03,1,,,,\n");
        assertThat(rejected()).containsExactly("records.csv:2: indicator: 'Tuần tra song phương' là tên của chỉ tiêu"
                + " JOINT_PATROL: cột indicator ghi mã chỉ tiêu (JOINT_PATROL), không ghi tên",
                "records.csv:3: indicator: 'vu cuu ho,  cuu nan' là tên của chỉ tiêu RESCUE: cột indicator ghi mã chỉ"
                        + " tiêu (RESCUE), không ghi tên",
                "records.csv:4: indicator: mã chỉ tiêu 'Tuần tra' không có trong tệp indicators.csv của lần nhập này,"
                        + " cũng không có trong danh mục");
    }

    @Test
    void aRecordsAgencyIsAPartyOfItsAgreement() {
        // the Police of Quảng Trị, no party of the regulation between the Sở and the Border Guard: its figures would be
        // counted in that regulation's report; a party added by this import is one
        folder.write("agencies.csv", "code,name,province\nCA-QT,Công an tỉnh,Quảng Trị\n");
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,CA-QT,\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,BDBP-QT,\n");
        assertThat(rejected()).containsExactly("records.csv:2: agency: cơ quan 'CA-QT' không phải là một bên của quy "
                + "chế '09/QCPH/SNgV-BP' (các bên: SNGV-QT, BDBP-QT): cột agency ghi cơ quan báo cáo số liệu, là một "
                + "trong các bên");

        folder.write("agreements.csv", "code,title,province,signed_on,parties\n10/QCPH-BA-BEN,Quy chế ba bên,Quảng Trị,"
                + "2021-02-23,SNGV-QT;BDBP-QT;CA-QT\n");
        folder.write("records.csv", RECORDS + "10/QCPH-BA-BEN,JOINT_PATROL,2021-05-01,1,,,CA-QT,\n");
        assertThat(importer.importPath(folder.path, true).problemLines()).isEmpty();
    }

    @Test
    void aRecordOutsideItsAgreementsTerm() {
        folder.write("agreements.csv", "code,title,province,signed_on,parties,effective_from,effective_to\n"
                + "01/QCPH-T,Quy chế thử,Quảng Trị,2020-01-10,SNGV-QT;BDBP-QT,2020-02-01,2020-12-31\n");
        folder.write("records.csv", RECORDS + "01/QCPH-T,JOINT_PATROL,2020-01-20,1,,,,\n"
                + "01/QCPH-T,JOINT_PATROL,2020-12-31,1,,,,\n"
                + "01/QCPH-T,JOINT_PATROL,2021-01-01,1,,,,\n"
                + QT + ",JOINT_PATROL,2021-02-22,1,,,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: date: ngày 20/01/2020 nằm ngoài thời hạn hiệu lực của quy chế '01/QCPH-T' (từ "
                        + "01/02/2020 đến 31/12/2020)",
                "records.csv:4: date: ngày 01/01/2021 nằm ngoài thời hạn hiệu lực của quy chế '01/QCPH-T' (từ "
                        + "01/02/2020 đến 31/12/2020)",
                "records.csv:5: date: ngày 22/02/2021 nằm ngoài thời hạn hiệu lực của quy chế '09/QCPH/SNgV-BP' (từ "
                        + "23/02/2021, chưa có ngày hết hiệu lực)");
    }

    @Test
    void aFileThatIsNotUtf8() {
        String text = "code,name,province\nSNGV-X,Sở Ngoại vụ,Tây Ninh\n";
        folder.write("agencies.csv", text, Charset.forName("windows-1258"));
        assertThat(rejected()).singleElement().asString().startsWith("agencies.csv:2: tệp không được lưu bằng bảng mã UTF-8")
                .contains("CSV UTF-8");
    }

    @Test
    void aUtf16File() {
        folder.write("agencies.csv", "code,name,province\nSNGV-X,Sở Ngoại vụ,Quảng Trị\n", StandardCharsets.UTF_16);
        assertThat(rejected()).singleElement().asString().startsWith("agencies.csv:1: tệp không được lưu bằng bảng mã UTF-8")
                .contains("CSV UTF-8");
    }

    @Test
    void duplicateAgencyAndAgreementCodes() {
        folder.write("agencies.csv", "code,name,province\nA-1,Sở Ngoại vụ,Quảng Trị\nA-2,Công an tỉnh,Quảng Trị\n"
                + " A-1 ,Sở Ngoại vụ,Quảng Trị\n");
        folder.write("agreements.csv", "code,title,province,signed_on,parties\n01/Q,Quy chế,Quảng Trị,2020-01-01,A-1;A-2\n"
                + "01/Q,Quy chế,Quảng Trị,2020-01-01,A-1;A-2\n");
        assertThat(rejected()).containsExactly(
                "agencies.csv:4: code: mã cơ quan 'A-1' xuất hiện hai lần trong lần nhập này (lần đầu ở dòng 2)",
                "agreements.csv:3: code: mã quy chế '01/Q' xuất hiện hai lần trong lần nhập này (lần đầu ở dòng 2)");
    }

    @Test
    void aTargetGivenTwiceOrChangedNamesTheIndicatorInWords() {
        folder.write("targets.csv", "agreement,indicator,period,quantity\n"
                + QT + ",JOINT_PATROL,2021,25\n"
                + QT + ",JOINT_PATROL,2021,25\n");
        assertThat(rejected()).containsExactly(
                "targets.csv:2: period: cơ sở dữ liệu đã có chỉ tiêu kế hoạch của quy chế '09/QCPH/SNgV-BP', chỉ tiêu "
                        + "'JOINT_PATROL' (Tuần tra song phương), kỳ 2021 với số lượng khác (20, lần nhập #1)",
                "targets.csv:3: period: chỉ tiêu kế hoạch của quy chế '09/QCPH/SNgV-BP', chỉ tiêu 'JOINT_PATROL' "
                        + "(Tuần tra song phương), kỳ 2021 đã có ở dòng 2",
                "targets.csv:3: period: cơ sở dữ liệu đã có chỉ tiêu kế hoạch của quy chế '09/QCPH/SNgV-BP', chỉ tiêu "
                        + "'JOINT_PATROL' (Tuần tra song phương), kỳ 2021 với số lượng khác (20, lần nhập #1)");
    }

    @Test
    void anEmptyFile() {
        folder.write("records.csv", "");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:1: tệp trống: dòng đầu tiên phải là dòng tiêu đề (agreement*, indicator*");
    }

    @Test
    void aTruncatedQuotedField() {
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,,ok\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,,\"a note that never\nends");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:3: ô mở dấu nháy kép ở dòng này không bao giờ được đóng: tệp kết thúc khi vẫn ở trong "
                        + "dấu nháy");
    }

    @Test
    void theRowsReadBeforeALineThatCannotBeAreCheckedInTheSameRound() {
        // a register whose last rows could not be read: the unknown codes and the day outside the term of the rows
        // before are said now, with the rows' own problems, not in a round of their own once the file is mended
        folder.write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-05-01,abc,,,,\n"
                + QT + ",JOINT_PATROL,30/01/2021,1,,,,\n"
                + QT + ",NOPE,2021-05-01,1,,,,\n"
                + "NOPE/X,JOINT_PATROL,2021-05-01,1,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-01,1,,,NOPE,\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,,\"a note that never\nends");
        folder.write("results.csv", "agreement,field,date,text\n" + QT + ",BORDERS,2021-05-01,Kết quả\n"
                + QT + ",BORDER,2021-05-02,\"never closed\n");

        assertThat(rejected()).extracting(p -> p.substring(0, p.indexOf(": ", p.indexOf(": ") + 2))).containsExactly(
                "records.csv:2: quantity",
                "records.csv:3: date",
                "records.csv:4: indicator",
                "records.csv:5: agreement",
                "records.csv:6: agency",
                "records.csv:7: ô mở dấu nháy kép ở dòng này không bao giờ được đóng",
                "results.csv:2: field",
                "results.csv:3: ô mở dấu nháy kép ở dòng này không bao giờ được đóng");
    }

    @Test
    void aCatalogueFileThatCannotBeReadIsNotBuriedUnderTheCodesItWouldHaveGiven() {
        // the agencies' file cut short: the records naming its agencies are not each told the agency is unknown
        folder.write("agencies.csv", "code,name,province\nSNGV-X,Sở Ngoại vụ,Quảng Trị\n\"SNGV-Y,never closed\n");
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,SNGV-Y,\n");
        assertThat(rejected()).singleElement().asString()
                .startsWith("agencies.csv:3: ô mở dấu nháy kép ở dòng này không bao giờ được đóng");
    }

    @Test
    void anXlsxThatIsNotAWorkbookOrIsCutShort() throws IOException {
        folder.write("data.xlsx", RECORDS);
        String notXlsx = "không phải là sổ tính Excel (.xlsx) đọc được, hoặc tệp đã hỏng hay bị cắt cụt: hãy lưu từ "
                + "Excel dưới dạng \"Excel Workbook (*.xlsx)\", hoặc nhập một thư mục các tệp CSV";
        assertThat(rejected(folder.path.resolve("data.xlsx"))).containsExactly("data.xlsx:0: " + notXlsx);
        // a workbook cut short is said so in the reader's words alone, not the library's ("Archive is not a ZIP ...")
        byte[] book = Xlsx.zip(Xlsx.parts(Map.of("records", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>agreement"
                + "</t></is></c></row>"), List.of()));
        Path cut = Files.write(folder.path.resolve("cut.xlsx"), Arrays.copyOf(book, book.length / 2));
        assertThat(rejected(cut)).containsExactly("cut.xlsx:0: " + notXlsx);
    }

    @Test
    void badPeriodTaskStatusCommendationKindAndCalendar() {
        folder.write("agreements.csv", "code,title,province,signed_on,parties,calendar\n"
                + "02/Q,Quy chế,Quảng Trị,2021-01-01,SNGV-QT,monthly\n");
        folder.write("tasks.csv", "agreement,period,text,status\n" + QT + ",2021-H3,Nhiệm vụ,FINISHED\n");
        folder.write("commendations.csv", "agreement,period,kind,count\n" + QT + ",2021,GROUP,0\n");
        assertThat(rejected()).containsExactly(
                "agreements.csv:2: calendar: 'monthly' không phải là cách tính kỳ báo cáo: ghi một trong các mã "
                        + "decree-09 (theo Nghị định 09, chốt số liệu ngày 14), calendar (theo tháng dương lịch)",
                "tasks.csv:2: period: '2021-H3' không phải là kỳ báo cáo hợp lệ: ghi 2019-H1 (6 tháng đầu năm), "
                        + "2019-H2 (6 tháng cuối năm), 2020-9M (9 tháng), 2021-Q3 (quý III), 2021 (cả năm) hoặc một "
                        + "khoảng ngày như 2016-06-25..2023-10-25",
                "tasks.csv:2: status: 'FINISHED' không phải là trạng thái nhiệm vụ: ghi một trong các mã PLANNED "
                        + "(Chưa thực hiện), IN_PROGRESS (Đang thực hiện), DONE (Đã hoàn thành), DROPPED (Dừng thực hiện)",
                "commendations.csv:2: count: '0' không phải là số đếm: ghi một số nguyên từ 1 trở lên",
                "commendations.csv:2: kind: 'GROUP' không phải là loại khen thưởng: ghi một trong các mã COLLECTIVE "
                        + "(Tập thể), INDIVIDUAL (Cá nhân)");
    }

    @Test
    void aCatalogueRowThatDiffersFromTheDatabase() {
        folder.write("agencies.csv", "code,name,province,parent\n"
                + "SNGV-QT,Sở Ngoại vụ,Quảng Trị,UBND tỉnh Quảng Trị\n"
                + "BDBP-QT,Bộ Chỉ huy Biên phòng,Quảng Trị,Bộ Tư lệnh Bộ đội Biên phòng\n");
        assertThat(rejected()).containsExactly("agencies.csv:3: name: cơ quan 'BDBP-QT' đã có với cột name là "
                + "'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', tệp này ghi 'Bộ Chỉ huy Biên phòng': lần nhập không bao giờ "
                + "sửa một cơ quan đã có, hãy ghi dòng giống hệt hoặc đặt mã khác");
    }

    @Test
    void recipientsForEveryAgreementNeedOneProvince() {
        folder.write("agencies.csv", "code,name,province\nA-1,Sở Ngoại vụ,Tây Ninh\nA-2,Sở Ngoại vụ,Lạng Sơn\n");
        folder.write("recipients.csv", "agreement,email,name\n*,vp@example.org,Văn phòng\n");
        assertThat(rejected()).singleElement().asString().startsWith("recipients.csv:2: province: quy chế * là mọi quy chế của một tỉnh");
    }

    @Test
    void recipientsForEveryAgreementTakeTheProvinceOfTheAgenciesOfTheImportSentBefore() {
        folder.write("agencies.csv", "code,name,province\nA-STAR,Sở Ngoại vụ,Tây Ninh\n");
        folder.write("recipients.csv", "agreement,email,name\n*,vp-a@example.org,Văn phòng A\n");
        assertThat(importer.importPath(folder.path, false).status()).isEqualTo(ImportStatus.IMPORTED);

        // when the same agencies.csv comes again (skipped, imported already) beside a new recipient of every agreement
        folder.write("recipients.csv", "agreement,email,name\n*,vp-b@example.org,Văn phòng B\n");
        ImportOutcome again = importer.importPath(folder.path, false);

        // then the recipient is of the province the file gave the first time, not refused for want of one
        assertThat(again.problemLines()).isEmpty();
        assertThat(again.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(jdbc.sql("select string_agg(email || ':' || province, ',' order by email) from recipient "
                + "where agreement_id is null and email like 'vp-_@example.org'").query(String.class).single())
                .isEqualTo("vp-a@example.org:Tây Ninh,vp-b@example.org:Tây Ninh");
    }

    @Test
    void anEmailAddressIsOneValidAddress() {
        folder.write("recipients.csv", "agreement,email,name\n"
                + QT + ",\"giamdoc@quangtri.example.org, evil@x.example\",Giám đốc\n"
                + QT + ",x@y;z@w,Văn phòng\n"
                + QT + ",@quangtri.example.org,Văn phòng\n"
                + QT + ",Giám đốc <giamdoc@quangtri.example.org>,Giám đốc\n"
                + QT + ",giamdoc@quangtri,Giám đốc\n"
                + QT + ",giam..doc@quangtri.example.org,Giám đốc\n");
        assertThat(rejected()).containsExactly(
                "recipients.csv:2: email: 'giamdoc@quangtri.example.org, evil@x.example' không phải là một địa chỉ "
                        + "thư điện tử duy nhất: mỗi dòng ghi một địa chỉ (người nhận khác ghi ở dòng khác)",
                "recipients.csv:3: email: 'x@y;z@w' không phải là một địa chỉ thư điện tử duy nhất: mỗi dòng ghi một "
                        + "địa chỉ (người nhận khác ghi ở dòng khác)",
                "recipients.csv:4: email: '@quangtri.example.org' không phải là địa chỉ thư điện tử: không có gì trước "
                        + "dấu '@'",
                "recipients.csv:5: email: 'Giám đốc <giamdoc@quangtri.example.org>' không phải là một địa chỉ thư điện "
                        + "tử đơn thuần: chỉ ghi địa chỉ, dạng ten@tenmien (tên người nhận ghi ở cột name)",
                "recipients.csv:6: email: 'giamdoc@quangtri' không phải là địa chỉ thư điện tử: tên miền 'quangtri' "
                        + "không đầy đủ (các nhãn gồm chữ, số và dấu '-' ngăn bằng dấu chấm, ví dụ sngv.quangtri.gov.vn)",
                "recipients.csv:7: email: 'giam..doc@quangtri.example.org' không phải là địa chỉ thư điện tử hợp lệ "
                        + "(Local address contains dot-dot)");
    }

    @Test
    void problemsAreSortedInDependencyOrderAndCapped() {
        StringBuilder records = new StringBuilder(RECORDS);
        for (int i = 0; i < 250; i++) {
            records.append(QT).append(",JOINT_PATROL,2021-05-01,x,,,,\n");
        }
        folder.write("records.csv", records.toString());
        folder.write("agencies.csv", "code,name\nA-9,Sở\n");
        ImportOutcome outcome = importer.importPath(folder.path, false);
        assertThat(outcome.problemCount()).isEqualTo(251);
        assertThat(outcome.problemLines()).hasSize(201)
                .startsWith("agencies.csv:1: province: thiếu cột bắt buộc ở dòng tiêu đề")
                .endsWith("... và 51 lỗi khác");
        assertThat(outcome.problemLines().get(1)).startsWith("records.csv:2: quantity: 'x' không phải là số");
        assertThat(outcome.problemLines().get(199)).startsWith("records.csv:200: quantity:");
    }
}
