package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.ingest.Uploads.zip;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/** A user limited to one province imports that province's data and nothing of another's. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ProvinceLimitIntegrationTests") // a database of its own
class ProvinceLimitIntegrationTests {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportIsLimitedToTheUsersProvince() {
        // given Quảng Trị's data, imported by a user of every province
        assertThat(importer.importPath(SAMPLES.resolve("quang-tri-2021"), false).status()).isEqualTo(ImportStatus.IMPORTED);
        long agencies = count("agency");

        // when a user limited to Quảng Trị uploads Tây Ninh's data
        ImportOutcome other = upload(zip(SAMPLES.resolve("tay-ninh-2019")), "Quảng Trị");

        // then it is rejected, each code of another province said once per file and column, at its first line with
        // how many more (253 identical lines before), and nothing is written
        assertThat(other.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(other.problemLines()).contains(
                "agencies.csv:2: province: cơ quan 'SNGV-TN' thuộc Tây Ninh: anh/chị chỉ được nhập dữ liệu của "
                        + "Quảng Trị",
                "agreements.csv:2: province: quy chế '05/QCPH-SNgV-BĐBP' thuộc Tây Ninh: anh/chị chỉ được nhập "
                        + "dữ liệu của Quảng Trị",
                "records.csv:2: agreement: dòng này và 102 dòng khác ghi quy chế '05/QCPH-SNgV-BĐBP' thuộc Tây Ninh: "
                        + "anh/chị chỉ được nhập dữ liệu của Quảng Trị",
                "records.csv:34: agency: dòng này và 33 dòng khác ghi cơ quan 'SNGV-TN' thuộc Tây Ninh: anh/chị chỉ "
                        + "được nhập dữ liệu của Quảng Trị",
                "tasks.csv:2: agreement: dòng này và 13 dòng khác ghi quy chế '05/QCPH-SNgV-BĐBP' thuộc Tây Ninh: "
                        + "anh/chị chỉ được nhập dữ liệu của Quảng Trị",
                "conferences.csv:2: agreement: quy chế '05/QCPH-SNgV-BĐBP' thuộc Tây Ninh: anh/chị chỉ được nhập "
                        + "dữ liệu của Quảng Trị");
        assertThat(other.problemLines()).hasSize(16);
        assertThat(count("agency")).isEqualTo(agencies);

        // and facts of an agreement already in the database are checked against its province too, which the
        // problem does not name: only the database holds it
        ImportOutcome facts = upload(zip(Map.of("records.csv", """
                agreement,indicator,date
                09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-05
                09/QCPH/SNgV-BP,JOINT_PATROL,2019-03-07
                """)), "Tây Ninh");
        // nor does a row dated outside the agreement's term tell its term: that is the other province's to know
        assertThat(facts.problemLines()).containsExactly(
                "records.csv:2: agreement: dòng này và 1 dòng khác ghi quy chế '09/QCPH/SNgV-BP' thuộc tỉnh khác: "
                        + "anh/chị chỉ được nhập dữ liệu của Tây Ninh");

        // and a code typed in another case is named in its own case only when it is the user's province's
        ImportOutcome typedOwn = upload(zip(Map.of("records.csv", """
                agreement,indicator,date,agency
                09/qcph/sngv-bp,JOINT_PATROL,2021-05-05,
                09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-06,bdbp-qt
                """, "tasks.csv", """
                agreement,period,text,lead_agency
                09/QCPH/SNgV-BP,2022,Nhiệm vụ,bdbp-qt
                """)), "Quảng Trị");
        assertThat(typedOwn.problemLines()).containsExactly(
                "records.csv:2: agreement: mã quy chế '09/qcph/sngv-bp' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu: có phải là '09/QCPH/SNgV-BP'? (mã phân biệt chữ hoa, chữ "
                        + "thường)",
                "records.csv:3: agency: mã cơ quan 'bdbp-qt' không có trong tệp agencies.csv của lần nhập này, cũng không có "
                        + "trong cơ sở dữ liệu: có phải là 'BDBP-QT'? (mã phân biệt chữ hoa, chữ thường)",
                "tasks.csv:2: lead_agency: mã cơ quan 'bdbp-qt' không có trong tệp agencies.csv của lần nhập này, cũng không "
                        + "có trong cơ sở dữ liệu: có phải là 'BDBP-QT'? (mã phân biệt chữ hoa, chữ thường)");
        ImportOutcome typedTheirs = upload(zip(Map.of("records.csv", """
                agreement,indicator,date,agency
                09/qcph/sngv-bp,JOINT_PATROL,2021-05-05,
                """, "tasks.csv", """
                agreement,period,text,lead_agency
                09/qcph/sngv-bp,2022,Nhiệm vụ,
                """)), "Tây Ninh");
        assertThat(typedTheirs.problemLines()).containsExactly(
                "records.csv:2: agreement: mã quy chế '09/qcph/sngv-bp' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu",
                "tasks.csv:2: agreement: mã quy chế '09/qcph/sngv-bp' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu");

        // and the fields and indicators every province shares are not theirs to add
        ImportOutcome catalogue = upload(zip(Map.of("fields.csv", "code,name\nNEW_FIELD,Lĩnh vực mới\n")), "Quảng Trị");
        assertThat(catalogue.problemLines()).singleElement().asString()
                .startsWith("fields.csv:2: code: lĩnh vực và chỉ tiêu dùng chung cho mọi tỉnh");

        // while a user of Tây Ninh (however the name is typed) imports Tây Ninh's data
        String typed = " " + Normalizer.normalize("TÂY NINH", Normalizer.Form.NFD) + " ";
        ImportOutcome own = upload(zip(SAMPLES.resolve("tay-ninh-2019")), typed);
        assertThat(own.problemLines()).isEmpty();
        assertThat(own.status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @Test
    void eachPartyOfAnAgreementBetweenProvincesLimitsWhoWritesItsData() {
        // given agencies of Cao Bằng and of Lạng Sơn, added by a user of every province
        assertThat(upload(zip(Map.of("agencies.csv", """
                code,name,province
                SNGV-CB-T,Sở Ngoại vụ,Cao Bằng
                BDBP-CB-T,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Cao Bằng
                BDBP-LS-T,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Lạng Sơn
                """)), null).status()).isEqualTo(ImportStatus.IMPORTED);

        // when an agreement of Cao Bằng led by its own agency has Lạng Sơn's as a party (an agreement between
        // provinces), then it is taken
        assertThat(upload(zip(Map.of("agreements.csv", """
                code,title,province,signed_on,parties
                T-MIXED/2021,Quy chế thử,Cao Bằng,2021-01-01,SNGV-CB-T;BDBP-LS-T
                """)), null).status()).isEqualTo(ImportStatus.IMPORTED);

        // but a user limited to Cao Bằng does not write its data: it is Lạng Sơn's too
        ImportOutcome facts = upload(zip(Map.of("records.csv", """
                agreement,indicator,date
                T-MIXED/2021,JOINT_PATROL,2021-05-05
                """, "tasks.csv", """
                agreement,period,text
                T-MIXED/2021,2021,Tuần tra song phương
                """)), "Cao Bằng");
        String refused = ": agreement: quy chế 'T-MIXED/2021' có cơ quan tham gia thuộc tỉnh khác: anh/chị chỉ được "
                + "nhập dữ liệu của Cao Bằng";
        assertThat(facts.problemLines()).containsExactly("records.csv:2" + refused, "tasks.csv:2" + refused);
        assertThat(count("record where agreement_id = (select id from agreement where code = 'T-MIXED/2021')")).isZero();
    }

    @Test
    void aCodeThatDiffersFromAnotherInCaseOnlyIsRefused() {
        // given an agreement of Quảng Trị and its agencies
        assertThat(upload(zip(Map.of("agencies.csv", """
                code,name,province
                SNGV-CASE,Sở Ngoại vụ,Quảng Trị
                BDBP-CASE,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Quảng Trị
                """, "agreements.csv", """
                code,title,province,signed_on,parties
                Q-CASE/2021,Quy chế thử,Quảng Trị,2021-01-01,SNGV-CASE;BDBP-CASE
                """)), null).status()).isEqualTo(ImportStatus.IMPORTED);
        long agencies = count("agency");

        // when a user of every province writes one of its codes in other case, or a new code two ways in one file
        ImportOutcome variants = upload(zip(Map.of("agencies.csv", """
                code,name,province
                sngv-case,Sở Ngoại vụ,Quảng Trị
                CA-CASE,Công an tỉnh,Quảng Trị
                ca-case,Công an tỉnh,Quảng Trị
                """)), null);

        // then each is refused on its line, naming the code it would stand beside as a second agency
        assertThat(variants.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(variants.problemLines()).containsExactlyInAnyOrder(
                "agencies.csv:2: code: cơ quan 'sngv-case' chỉ khác cơ quan 'SNGV-CASE' đã có về chữ hoa, chữ thường: "
                        + "nhập vào sẽ thành hai cơ quan; nếu là một, hãy ghi đúng mã 'SNGV-CASE'",
                "agencies.csv:4: code: cơ quan 'ca-case' chỉ khác cơ quan 'CA-CASE' ở dòng 3 về chữ hoa, chữ thường: "
                        + "nhập vào sẽ thành hai cơ quan; nếu là một, hãy ghi cùng một cách");
        assertThat(count("agency")).isEqualTo(agencies);

        // and a user of another province is told that such a code is another province's, not how it is written
        ImportOutcome foreign = upload(zip(Map.of("agencies.csv", """
                code,name,province
                SNGV-TN-CASE,Sở Ngoại vụ,Tây Ninh
                """, "agreements.csv", """
                code,title,province,signed_on,parties
                q-case/2021,Quy chế thử,Tây Ninh,2021-01-01,SNGV-TN-CASE
                """)), "Tây Ninh");
        assertThat(foreign.problemLines()).containsExactly("agreements.csv:2: code: quy chế 'q-case/2021' chỉ khác một "
                + "mã quy chế đã có của tỉnh khác về chữ hoa, chữ thường: hãy đặt mã khác");
        assertThat(count("agreement where lower(code) = 'q-case/2021'")).isOne();
    }

    private ImportOutcome upload(byte[] zip, String province) {
        return importer.importUpload("du-lieu.zip", new ByteArrayInputStream(zip), false, "test", province);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
