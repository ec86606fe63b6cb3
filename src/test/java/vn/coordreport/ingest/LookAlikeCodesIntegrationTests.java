package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementRecipient;
import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;
import vn.coordreport.support.IntegrationTest;
import vn.coordreport.support.TestDatabase;

/**
 * Codes that look identical are one code: every text of an import is compared
 * in Unicode NFC, a code or a province holding an invisible character is
 * refused, and look-alikes that earlier imports left in a database are listed
 * (migration V95), never merged.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=LookAlikeCodesIntegrationTests") // a database of its own
class LookAlikeCodesIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgreementCatalog catalog;

    @Autowired
    ReviewQuery reviews;

    @TempDir
    Path temp;

    @Test
    void aCodeTypedDecomposedIsTheSameAgency() {
        // given an agency whose code, name and province were typed precomposed (NFC)
        String agencies = "code,name,province\nSỞ-HG,Sở Ngoại vụ,Hà Giang\n";
        ImportFolder composed = new ImportFolder(temp.resolve("composed")).write("agencies.csv", agencies);
        assertThat(importer.importPath(composed.path, false).status()).isEqualTo(ImportStatus.IMPORTED);

        // when the same row comes again typed decomposed (NFD), as some Vietnamese keyboards and macOS write it
        ImportFolder decomposed = new ImportFolder(temp.resolve("decomposed"))
                .write("agencies.csv", Normalizer.normalize(agencies, Normalizer.Form.NFD));
        ImportOutcome again = importer.importPath(decomposed.path, false);

        // then it is the agency already there, not a second one that looks the same
        assertThat(again.problemLines()).isEmpty();
        assertThat(jdbc.sql("select count(*) from agency where lookalike_key(code) = 'SỞ-HG'").query(Long.class).single())
                .isOne();
    }

    @Test
    void aCodeOrAProvinceHoldingAnInvisibleCharacterIsRefused() {
        ImportFolder folder = new ImportFolder(temp.resolve("invisible")).write("agencies.csv", """
                code,name,province
                SNGV-QT\u200B,Sở Ngoại vụ,Quảng Trị
                SNGV-QT\u00A0,Sở Ngoại vụ,Quảng Trị
                SNGV\u202EQT,Sở Ngoại vụ,Quảng Trị
                SNGV-X,Sở Ngoại vụ,Quảng\u00A0Trị
                """);
        var before = CoordinationTables.dump(jdbc);

        ImportOutcome outcome = importer.importPath(folder.path, false);

        String rule = ": mã, tên tỉnh hay địa chỉ thư điện tử chỉ được viết bằng ký tự nhìn thấy được và dấu cách "
                + "thường, vì ký tự ẩn làm mã trông giống hệt một mã khác dù thực ra khác nhau; hãy xóa ký tự này";
        assertThat(outcome.problemLines()).containsExactly(
                "agencies.csv:2: code: 'SNGV-QT\\u200B' có ký tự độ rộng bằng không (U+200B) ở vị trí 8" + rule,
                "agencies.csv:3: code: 'SNGV-QT\\u00A0' có dấu cách không ngắt dòng (U+00A0) ở vị trí 8" + rule,
                "agencies.csv:4: code: 'SNGV\\u202EQT' có ký tự điều khiển chiều viết (U+202E) ở vị trí 5" + rule,
                "agencies.csv:5: province: 'Quảng\\u00A0Trị' có dấu cách không ngắt dòng (U+00A0) ở vị trí 6" + rule);
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void aRecordsAgencyThatNamesNothingForACharacterNobodySeesSaysWhereItIs() {
        ImportFolder folder = new ImportFolder(temp.resolve("hidden-reference")).write("agencies.csv", """
                code,name,province
                SNGV-QT9,Sở Ngoại vụ,Quảng Trị
                BDBP-QT,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Quảng Trị
                """).write("agreements.csv", """
                code,title,province,signed_on,parties
                01/QCPH-AN,Quy chế phối hợp,Quảng Trị,2021-01-05,SNGV-QT9;BDBP-QT
                """).write("records.csv", """
                agreement,indicator,date,quantity,agency
                01/QCPH-AN,JOINT_PATROL,2021-05-03,1,BDBP\u00A0QT
                01/QCPH-AN,JOINT_PATROL\u00A0,2021-05-04,1,BDBP-QT
                """);
        var before = CoordinationTables.dump(jdbc);

        ImportOutcome outcome = importer.importPath(folder.path, false);

        assertThat(outcome.problemLines()).containsExactly("records.csv:2: agency: mã cơ quan 'BDBP\\u00A0QT' không "
                + "có trong tệp agencies.csv của lần nhập này, cũng không có trong cơ sở dữ liệu; mã ấy có dấu cách không ngắt "
                + "dòng (U+00A0) ở vị trí 5, không nhìn thấy được: hãy xóa ký tự ấy rồi gõ lại mã",
                // after the code meant, a sentence of its own
                "records.csv:3: indicator: mã chỉ tiêu 'JOINT_PATROL\\u00A0' không có trong tệp indicators.csv của lần nhập này, "
                + "cũng không có trong danh mục: có phải là 'JOINT_PATROL'? Mã ấy có dấu cách không ngắt dòng (U+00A0) ở "
                + "vị trí 13, không nhìn thấy được: hãy xóa ký tự ấy rồi gõ lại mã");
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void anAgreementWhoseProvinceIsDecomposedGetsItsProvincesRecipients() {
        // given an agreement an earlier import stored with its province decomposed (NFD)
        String province = Normalizer.normalize("Điện Biên", Normalizer.Form.NFD);
        jdbc.sql("""
                insert into agency (code, name, province) values ('LA-SNGV-DB', 'Sở Ngoại vụ', :province);
                insert into agreement (code, title, province, signed_on, effective_from, lead_agency_id)
                select 'LA/DB', 'Quy chế phối hợp', :province, date '2020-01-01', date '2020-01-01', id
                from agency where code = 'LA-SNGV-DB'""").param("province", province).update();

        // when the province's recipients are imported, composed
        ImportFolder folder = new ImportFolder(temp.resolve("recipients")).write("recipients.csv",
                "agreement,email,name,province\n*,vanphong.ubnd@dienbien.example.org,Văn phòng UBND tỉnh,Điện Biên\n");
        assertThat(importer.importPath(folder.path, false).status()).isEqualTo(ImportStatus.IMPORTED);

        // then the agreement's mail goes to them, and its report lists them
        assertThat(catalog.recipients("LA/DB")).extracting(AgreementRecipient::email)
                .containsExactly("vanphong.ubnd@dienbien.example.org");
        assertThat(reviews.review("LA/DB", Period.year(2021), null).recipients()).extracting(Review.Recipient::email)
                .containsExactly("vanphong.ubnd@dienbien.example.org");
    }

    @Test
    void lookAlikesThatEarlierImportsLeftAreListedNotMergedAndNoImportAddsAnother() {
        // given a database that earlier imports left with look-alike codes, migrated to this version
        TestDatabase.Connection db = TestDatabase.newDatabase();
        Flyway.configure().configuration(db.flyway().getConfiguration()).target("92").load().migrate();
        // as the owner: before V99 the application's role has no rights on the tables
        JdbcClient old = JdbcClient.create(new DriverManagerDataSource(db.url(), db.owner(), db.ownerPassword()));
        long first = legacyImport(old);
        long second = legacyImport(old);
        String decomposed = Normalizer.normalize("SỞ-LS", Normalizer.Form.NFD);
        old.sql("""
                insert into agency (code, name, province, import_id) values
                    (:decomposed, 'Sở Ngoại vụ', 'Lạng Sơn', :first),
                    ('SỞ-LS', 'Sở Ngoại vụ', 'Lạng Sơn', :second),
                    ('SNGV-DB' || chr(8203), 'Sở Ngoại vụ', 'Điện Biên', :first),
                    ('CA-DB', 'Công an tỉnh', 'Điện' || chr(160) || 'Biên', :second)""")
                .param("decomposed", decomposed).param("first", first).param("second", second).update();
        db.flyway().migrate();

        // when the look-alikes are listed
        List<LookAlike> found = new LookAlikes(old).list();

        // then each spelling is there with the import that brought it, and nothing was merged
        assertThat(found).extracting(l -> l.kind() + " " + VisibleText.of(l.spelling()) + " " + l.imports() + " "
                + l.problem() + ": " + l.how()).containsExactly(
                "agency SNGV-DB\\u200B [" + first + "] unreachable: có ký tự độ rộng bằng không (U+200B) ở vị trí 8",
                "agency " + decomposed + " [" + first + "] duplicate: viết bằng dấu tách rời (không phải Unicode NFC)",
                "agency SỞ-LS [" + second + "] duplicate: viết đúng như hiển thị",
                "province Điện Biên [" + first + "] duplicate: viết đúng như hiển thị",
                "province Điện\\u00A0Biên [" + second + "] duplicate: có dấu cách không ngắt dòng (U+00A0) ở vị trí 5");
        assertThat(old.sql("select count(*) from agency").query(Long.class).single()).isEqualTo(4);

        // and an import cannot add another agency that looks the same
        ImportFolder folder = new ImportFolder(temp.resolve("again"))
                .write("agencies.csv", "code,name,province\nSNGV-DB,Sở Ngoại vụ,Điện Biên\n");
        try (ImportDatabase imports = ImportDatabase.on(db)) {
            assertThat(imports.importer().importPath(folder.path, false).problemLines()).containsExactly(
                    "agencies.csv:2: code: cơ quan 'SNGV-DB' sẽ thành cơ quan thứ hai bên cạnh 'SNGV-DB\\u200B' (lần nhập #"
                            + first + "): hai mã trông giống nhau nhưng viết bằng ký tự khác (dấu tách rời hoặc ký tự "
                            + "không nhìn thấy); hãy hủy lần nhập đó và nhập lại các tệp của nó (lệnh coordreport "
                            + "imports liệt kê các mã như vậy)");
        }
    }

    private static long legacyImport(JdbcClient jdbc) {
        return jdbc.sql("""
                insert into import_batch (source, imported_by, status, files, rows)
                values ('/srv/data/legacy', 'ops', 'APPLIED', 1, 1) returning id""").query(Long.class).single();
    }
}
