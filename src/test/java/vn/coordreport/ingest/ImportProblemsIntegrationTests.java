package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.ImportFolder.QT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    void aMissingRequiredColumn() {
        folder.write("records.csv", "agreement,indicator,quantity\n" + QT + ",JOINT_PATROL,2\n");
        assertThat(rejected()).containsExactly("records.csv:1: date: required column is missing from the header");
    }

    @Test
    void anUnknownColumnIsATypoNotIgnored() {
        folder.write("records.csv", "agreement,indicator,date,quantiy\n" + QT + ",JOINT_PATROL,2021-05-01,2\n");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:1: quantiy: unknown column: the columns of records.csv are agreement*, indicator*");
    }

    @Test
    void badDatesNumbersAndNegativeQuantities() {
        folder.write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-02-30,1,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-01,1.000.000,,,,\n"
                + QT + ",JOINT_PATROL,2021-05-01,-3,,,,\n"
                + QT + ",NGO_PROJECT,2021-05-01,1,\"1,5\",,,\n"
                + QT + ",NGO_PROJECT,05-01-2021,1,,,,\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: date: '2021-02-30' is not a date: Invalid date 'FEBRUARY 30'",
                "records.csv:3: quantity: '1.000.000' is not a number: write plain digits with an optional '.' "
                        + "decimal point, no thousands separators",
                "records.csv:4: quantity: '-3' is negative: a quantity is 0 or more",
                "records.csv:5: amount_vnd: '1,5' is not a whole number of đồng: write plain digits, no thousands separators",
                "records.csv:6: date: '05-01-2021' is not a date: write YYYY-MM-DD or DD/MM/YYYY");
    }

    @Test
    void unknownAgreementIndicatorAgencyAndField() {
        folder.write("records.csv", RECORDS + "09/QCPH/XX,JOINT_PATROL,2021-05-01,1,,,,\n"
                + QT + ",JOINT_PATROLS,2021-05-01,1,,,BDBP-XX,\n");
        folder.write("results.csv", "agreement,field,date,text\n" + QT + ",BORDERS,2021-05-01,Kết quả\n");
        assertThat(rejected()).containsExactly(
                "records.csv:2: agreement: unknown agreement '09/QCPH/XX': it is neither in agreements of this import "
                        + "nor in the database",
                "records.csv:3: agency: unknown agency 'BDBP-XX': it is neither in agencies of this import nor in the database",
                "records.csv:3: indicator: unknown indicator 'JOINT_PATROLS': it is neither in indicators of this "
                        + "import nor in the database",
                "results.csv:2: field: unknown field 'BORDERS': it is neither in fields of this import nor in the database");
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
                "records.csv:2: date: 2020-01-20 is outside the term of agreement '01/QCPH-T' (2020-02-01 to 2020-12-31)",
                "records.csv:4: date: 2021-01-01 is outside the term of agreement '01/QCPH-T' (2020-02-01 to 2020-12-31)",
                "records.csv:5: date: 2021-02-22 is outside the term of agreement '09/QCPH/SNgV-BP' (2021-02-23 to open-ended)");
    }

    @Test
    void aFileThatIsNotUtf8() {
        String text = "code,name,province\nSNGV-X,Sở Ngoại vụ,Tây Ninh\n";
        folder.write("agencies.csv", text, Charset.forName("windows-1258"));
        assertThat(rejected()).singleElement().asString().startsWith("agencies.csv:2: the file is not UTF-8 text")
                .contains("CSV UTF-8");
    }

    @Test
    void aUtf16File() {
        folder.write("agencies.csv", "code,name,province\nSNGV-X,Sở Ngoại vụ,Quảng Trị\n", StandardCharsets.UTF_16);
        assertThat(rejected()).singleElement().asString().startsWith("agencies.csv:1: the file is not UTF-8 text")
                .contains("CSV UTF-8");
    }

    @Test
    void duplicateAgencyAndAgreementCodes() {
        folder.write("agencies.csv", "code,name,province\nA-1,Sở Ngoại vụ,Quảng Trị\nA-2,Công an tỉnh,Quảng Trị\n"
                + " A-1 ,Sở Ngoại vụ,Quảng Trị\n");
        folder.write("agreements.csv", "code,title,province,signed_on,parties\n01/Q,Quy chế,Quảng Trị,2020-01-01,A-1;A-2\n"
                + "01/Q,Quy chế,Quảng Trị,2020-01-01,A-1;A-2\n");
        assertThat(rejected()).containsExactly(
                "agencies.csv:4: code: agency code 'A-1' appears twice in this import (first on line 2)",
                "agreements.csv:3: code: agreement code '01/Q' appears twice in this import (first on line 2)");
    }

    @Test
    void anEmptyFile() {
        folder.write("records.csv", "");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:1: the file is empty: its first line must be the header (agreement*, indicator*");
    }

    @Test
    void aTruncatedQuotedField() {
        folder.write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,,ok\n"
                + QT + ",JOINT_PATROL,2021-05-02,1,,,,\"a note that never\nends");
        assertThat(rejected()).singleElement().asString()
                .startsWith("records.csv:3: a quoted field is never closed: the file ends inside the quote opened on this line");
    }

    @Test
    void anXlsxThatIsNotAWorkbook() {
        folder.write("data.xlsx", RECORDS);
        assertThat(rejected(folder.path.resolve("data.xlsx"))).singleElement().asString()
                .startsWith("data.xlsx:0: not an Excel workbook (.xlsx)");
    }

    @Test
    void badPeriodTaskStatusCommendationKindAndCalendar() {
        folder.write("agreements.csv", "code,title,province,signed_on,parties,calendar\n"
                + "02/Q,Quy chế,Quảng Trị,2021-01-01,SNGV-QT,monthly\n");
        folder.write("tasks.csv", "agreement,period,text,status\n" + QT + ",2021-H3,Nhiệm vụ,FINISHED\n");
        folder.write("commendations.csv", "agreement,period,kind,count\n" + QT + ",2021,GROUP,0\n");
        assertThat(rejected()).containsExactly(
                "agreements.csv:2: calendar: 'monthly' is not a period calendar: write one of calendar, decree-09",
                "tasks.csv:2: period: '2021-H3' is not a period: write 2019-H1, 2019-H2, 2020-9M, 2021-Q3, 2021 or "
                        + "a range such as 2016-06-25..2023-10-25",
                "tasks.csv:2: status: 'FINISHED' is not a task status: write one of DONE, DROPPED, IN_PROGRESS, PLANNED",
                "commendations.csv:2: count: '0' is not a count: write a whole number of at least 1",
                "commendations.csv:2: kind: 'GROUP' is not a commendation kind: write one of COLLECTIVE, INDIVIDUAL");
    }

    @Test
    void aCatalogueRowThatDiffersFromTheDatabase() {
        folder.write("agencies.csv", "code,name,province,parent\n"
                + "SNGV-QT,Sở Ngoại vụ,Quảng Trị,UBND tỉnh Quảng Trị\n"
                + "BDBP-QT,Bộ Chỉ huy Biên phòng,Quảng Trị,Bộ Tư lệnh Bộ đội Biên phòng\n");
        assertThat(rejected()).containsExactly("agencies.csv:3: name: agency 'BDBP-QT' already exists with name "
                + "'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', this file says 'Bộ Chỉ huy Biên phòng': an import never changes "
                + "an existing agency, so make the row identical or give it another code");
    }

    @Test
    void recipientsForEveryAgreementNeedOneProvince() {
        folder.write("agencies.csv", "code,name,province\nA-1,Sở Ngoại vụ,Tây Ninh\nA-2,Sở Ngoại vụ,Lạng Sơn\n");
        folder.write("recipients.csv", "agreement,email,name\n*,vp@example.org,Văn phòng\n");
        assertThat(rejected()).singleElement().asString().startsWith("recipients.csv:2: province: agreement * stands for");
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
                "recipients.csv:2: email: 'giamdoc@quangtri.example.org, evil@x.example' is not one e-mail address: "
                        + "write one address a row (another recipient is another row)",
                "recipients.csv:3: email: 'x@y;z@w' is not one e-mail address: write one address a row (another "
                        + "recipient is another row)",
                "recipients.csv:4: email: '@quangtri.example.org' is not an e-mail address: it has nothing before the '@'",
                "recipients.csv:5: email: 'Giám đốc <giamdoc@quangtri.example.org>' is not a plain e-mail address: "
                        + "write the address alone, as name@domain (the recipient's name goes in the name column)",
                "recipients.csv:6: email: 'giamdoc@quangtri' is not an e-mail address: its domain 'quangtri' is not a "
                        + "whole domain name (labels of letters, digits and '-' separated by dots, e.g. "
                        + "sngv.quangtri.gov.vn)",
                "recipients.csv:7: email: 'giam..doc@quangtri.example.org' is not an e-mail address: Local address "
                        + "contains dot-dot");
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
                .startsWith("agencies.csv:1: province: required column is missing from the header")
                .endsWith("... and 51 more");
        assertThat(outcome.problemLines().get(1)).startsWith("records.csv:2: quantity: 'x' is not a number");
        assertThat(outcome.problemLines().get(199)).startsWith("records.csv:200: quantity:");
    }
}
