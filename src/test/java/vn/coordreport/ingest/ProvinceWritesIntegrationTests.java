package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.Uploads.zip;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/**
 * What a user limited to a province imports or causes belongs to that province:
 * an agreement's parties, a record's agency, a task's lead agency, recipients;
 * and what another province imported is neither revealed ("already imported")
 * nor, for their own province's content, applied twice.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ProvinceWritesIntegrationTests") // a database of its own
class ProvinceWritesIntegrationTests {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void givenQuangTriAndTayNinh() {
        for (String sample : List.of("quang-tri-2021", "tay-ninh-2019")) {
            assertThat(importer.importPath(SAMPLES.resolve(sample), false).status())
                    .isIn(ImportStatus.IMPORTED, ImportStatus.ALREADY_IMPORTED);
        }
    }

    @Test
    void aLimitedUserCannotMakeAnAgreementLedByAnotherProvincesAgency() {
        Map<String, Object> agreements = jdbc.sql("select count(*) as agreements from agreement").query().singleRow();

        // when a Tây Ninh operator names Quảng Trị's Sở Ngoại vụ the lead of a "Tây Ninh" agreement
        ImportOutcome hijack = upload(zip(Map.of("agreements.csv", """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                99/TN-X,Hijack,Tây Ninh,2021-01-01,SNGV-QT;SNGV-TN,2021-01-01,,SNgV
                """)), "Tây Ninh");

        // then the line is rejected, without naming the province only the database holds, and nothing is written
        assertThat(hijack.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(hijack.problemLines()).containsExactly(
                "agreements.csv:2: parties: cơ quan 'SNGV-QT' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu "
                        + "của Tây Ninh");
        assertThat(jdbc.sql("select count(*) as agreements from agreement").query().singleRow()).isEqualTo(agreements);
    }

    @Test
    void anotherProvincesAgencyOrAgreementIsRefusedWithoutAWordOfWhatItHolds() {
        // when a Tây Ninh operator sends Quảng Trị's agency and agreement, written as Tây Ninh's, with other
        // values, and a target of Quảng Trị's agreement
        ImportOutcome probe = upload(zip(Map.of("agencies.csv", """
                code,name,province,parent,signer_title,signer_name,contact_email
                SNGV-QT,Sở Ngoại vụ,Tây Ninh,UBND tỉnh Tây Ninh,GIÁM ĐỐC,X,a@b.example
                """, "agreements.csv", """
                code,title,province,signed_on,parties
                09/QCPH/SNgV-BP,Quy chế giả,Tây Ninh,2021-01-01,SNGV-TN
                """, "targets.csv", """
                agreement,indicator,period,quantity
                09/QCPH/SNgV-BP,JOINT_PATROL,2021,99
                """)), "Tây Ninh");

        // then each row is refused as another province's, and no problem quotes what Quảng Trị stored
        assertThat(probe.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(probe.problemLines()).contains(
                "agencies.csv:2: code: cơ quan 'SNGV-QT' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu của Tây Ninh",
                "agreements.csv:2: code: quy chế '09/QCPH/SNgV-BP' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu "
                        + "của Tây Ninh",
                "targets.csv:2: agreement: quy chế '09/QCPH/SNgV-BP' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu "
                        + "của Tây Ninh");
        assertThat(String.join("\n", probe.problemLines())).doesNotContain("Quảng Trị", "Nguyễn Triều Thương",
                "UBND tỉnh Quảng Trị", "qlbg.songoaivu", "BDBP-QT", "Quy chế phối hợp giữa", "2021-02-23",
                "23/02/2021", "đã có với cột", "lần nhập #");

        // a user of every province is told what differs, as before
        ImportOutcome admin = importer.importUpload("du-lieu.zip", new ByteArrayInputStream(zip(Map.of("agencies.csv",
                """
                code,name,province,parent,signer_title,signer_name
                SNGV-QT,Sở Ngoại vụ,Quảng Trị,UBND tỉnh Quảng Trị,GIÁM ĐỐC,X
                """))), false, "test", null);
        assertThat(admin.problemLines()).singleElement().asString()
                .contains("cơ quan 'SNGV-QT' đã có với cột signer_name là 'Nguyễn Triều Thương'");
    }

    @Test
    void recordsAndTasksNameOnlyAgenciesOfTheUsersProvince() {
        long records = count("record");
        long tasks = count("task");

        // when a Tây Ninh operator sends, for their own agreement, figures and tasks of Quảng Trị's agencies
        ImportOutcome other = upload(zip(Map.of("records.csv", """
                agreement,indicator,date,agency
                05/QCPH-SNgV-BĐBP,JOINT_PATROL,2019-05-05,BDBP-TN
                05/QCPH-SNgV-BĐBP,JOINT_PATROL,2019-05-06,BDBP-QT
                """, "tasks.csv", """
                agreement,period,text,lead_agency
                05/QCPH-SNgV-BĐBP,2019-H2,Nhiệm vụ của tỉnh,SNGV-TN
                05/QCPH-SNgV-BĐBP,2019-H2,Nhiệm vụ của tỉnh bạn,SNGV-QT
                """)), "Tây Ninh");

        // then each such line is rejected and nothing is written
        assertThat(other.problemLines()).containsExactly(
                "records.csv:3: agency: cơ quan 'BDBP-QT' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu của "
                        + "Tây Ninh",
                "tasks.csv:3: lead_agency: cơ quan 'SNGV-QT' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu của "
                        + "Tây Ninh");
        assertThat(count("record")).isEqualTo(records);
        assertThat(count("task")).isEqualTo(tasks);
    }

    @Test
    void aLimitedUsersRecipientsAreOfTheirProvince() {
        long recipients = count("recipient");

        // when a Tây Ninh operator adds recipients to another province's agreement, or to all of its agreements
        ImportOutcome other = upload(zip(Map.of("recipients.csv", """
                agreement,email,name,province
                09/QCPH/SNgV-BP,nguoi-la@example.org,Người lạ,
                *,nguoi-la-2@example.org,Người lạ,Quảng Trị
                """)), "Tây Ninh");

        // then both lines are rejected
        assertThat(other.problemLines()).containsExactly(
                "recipients.csv:2: agreement: quy chế '09/QCPH/SNgV-BP' thuộc tỉnh khác: anh/chị chỉ được nhập "
                        + "dữ liệu của Tây Ninh",
                "recipients.csv:3: province: người nhận của mọi quy chế (*) thuộc Quảng Trị: anh/chị chỉ được nhập "
                        + "dữ liệu của Tây Ninh");
        assertThat(count("recipient")).isEqualTo(recipients);

        // while a * row that names no province, in an import with no agreement to take one from, is of theirs
        ImportOutcome own = upload(zip(Map.of("recipients.csv", """
                agreement,email,name
                *,vanphong@tayninh.example.org,Văn phòng UBND tỉnh
                """)), " tây ninh ");
        assertThat(own.problemLines()).isEmpty();
        assertThat(jdbc.sql("select province from recipient where email = 'vanphong@tayninh.example.org'")
                .query(String.class).single()).isEqualTo("Tây Ninh");
    }

    @Test
    void contentImportedForAnotherProvinceIsNotSaidToBeImported() {
        byte[] quangTri = zip(Map.of("records.csv", """
                agreement,indicator,date
                09/QCPH/SNgV-BP,JOINT_PATROL,2021-07-07
                """));
        assertThat(upload(quangTri, "Quảng Trị").status()).isEqualTo(ImportStatus.IMPORTED);

        // when a Tây Ninh operator uploads the same file
        ImportOutcome other = upload(quangTri, "Tây Ninh");

        // then it is checked as any other, not answered "already imported"
        assertThat(other.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(other.files()).noneMatch(ImportedFile::skipped);
        assertThat(other.problemLines()).containsExactly(
                "records.csv:2: agreement: quy chế '09/QCPH/SNgV-BP' thuộc tỉnh khác: anh/chị chỉ được nhập dữ "
                        + "liệu của Tây Ninh");

        // while Quảng Trị's own users, and those of every province, are told it is
        assertThat(upload(quangTri, "Quảng Trị").status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(upload(quangTri, null).status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
    }

    @Test
    void aLimitedUsersOwnUploadsAreAlreadyImportedForThem() {
        for (String records : List.of("agreement,indicator,date\n05/QCPH-SNgV-BĐBP,JOINT_PATROL,2019-10-10\n",
                "agreement,indicator,date,note\n")) {
            byte[] upload = zip(Map.of("records.csv", records));
            assertThat(upload(upload, "Tây Ninh").status()).isEqualTo(ImportStatus.IMPORTED);
            long rows = count("record");

            // when the same user uploads the same file again (one with rows, one with a header only)
            ImportOutcome again = upload(upload, "Tây Ninh");

            // then it is already imported
            assertThat(again.status()).as(records).isEqualTo(ImportStatus.ALREADY_IMPORTED);
            assertThat(count("record")).isEqualTo(rows);
        }
    }

    @Test
    void aFileOfTheUsersProvinceIsNeverAppliedTwice() {
        // given a Tây Ninh records file imported with Quảng Trị's agreements by a user of every province
        Map<String, String> files = Map.of("agreements.csv", """
                code,title,province,signed_on,parties
                TN/HAI-TINH,Quy chế của Tây Ninh,Tây Ninh,2019-01-01,SNGV-TN
                QT/HAI-TINH,Quy chế của Quảng Trị,Quảng Trị,2021-01-01,SNGV-QT
                """, "records.csv", """
                agreement,indicator,date
                TN/HAI-TINH,JOINT_PATROL,2019-08-08
                """);
        ImportOutcome both = upload(zip(files), null);
        assertThat(both.status()).isEqualTo(ImportStatus.IMPORTED);
        long records = count("record");

        // when a Tây Ninh operator uploads that records file again
        ImportOutcome again = upload(zip(Map.of("records.csv", files.get("records.csv"))), "Tây Ninh");

        // then it is already imported: the file is theirs, though the import that holds it is not theirs alone
        assertThat(again.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(count("record")).isEqualTo(records);
        assertThat(importer.history()).filteredOn(i -> i.id() == both.importId()).singleElement()
                .satisfies(i -> assertThat(i.province()).isNull());
    }

    @Test
    void recordsOfAnAgreementBetweenTwoProvincesAreNeithersAlone() {
        // given an agreement recorded with Quảng Trị's province, one of whose parties is Tây Ninh's
        assertThat(upload(zip(Map.of("agreements.csv", """
                code,title,province,signed_on,parties
                QT-TN/LIEN-TINH,Quy chế liên tỉnh,Quảng Trị,2021-01-01,SNGV-QT;SNGV-TN
                """)), null).status()).isEqualTo(ImportStatus.IMPORTED);

        // when a user of every province imports its records, as a Quảng Trị agency's
        ImportOutcome records = upload(zip(Map.of("records.csv", """
                agreement,indicator,date,quantity,agency
                QT-TN/LIEN-TINH,JOINT_PATROL,2021-04-08,7,SNGV-QT
                """)), null);
        assertThat(records.status()).isEqualTo(ImportStatus.IMPORTED);

        // then the import is of no one province: a Quảng Trị operator neither sees it nor undoes it (it was Quảng Trị's)
        assertThat(importer.history()).filteredOn(i -> i.id() == records.importId()).singleElement()
                .satisfies(i -> assertThat(i.province()).isNull());
    }

    private ImportOutcome upload(byte[] zip, String province) {
        return importer.importUpload("du-lieu.zip", new ByteArrayInputStream(zip), false, "test", province);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
