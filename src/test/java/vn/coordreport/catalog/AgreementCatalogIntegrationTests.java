package vn.coordreport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=AgreementCatalogIntegrationTests") // lists a province whole
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementCatalogIntegrationTests {

    @Autowired
    AgreementCatalog catalog;

    @BeforeAll
    void givenAgreementsInTwoProvinces(@Autowired JdbcClient jdbc) {
        jdbc.sql("""
                insert into agency (code, name, province) values
                    ('CAT-SNGV-LS', 'Sở Ngoại vụ', 'Lạng Sơn'),
                    ('CAT-BDBP-LS', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Lạng Sơn'),
                    ('CAT-SNGV-HT', 'Sở Ngoại vụ', 'Hà Tĩnh');
                insert into agreement (code, title, province, signed_on, effective_from, effective_to, symbol,
                                       lead_agency_id)
                select v.code, v.title, v.province, v.signed::date, v.signed::date, v.ends::date, v.symbol, ag.id
                from (values
                    ('CAT/01', 'Quy chế mới', 'Lạng Sơn', '2020-10-06', null, 'SNgV', 'CAT-SNGV-LS'),
                    ('CAT/12', 'Quy chế cũ', 'Lạng Sơn', '2016-04-12', '2020-10-05', 'SNgV', 'CAT-SNGV-LS'),
                    ('CAT/BP', 'Quy chế Biên phòng', 'Lạng Sơn', '2018-01-01', null, null, 'CAT-BDBP-LS'),
                    ('CAT/HT', 'Quy chế Hà Tĩnh', 'Hà Tĩnh', '2019-01-01', null, 'SNgV', 'CAT-SNGV-HT'),
                    ('CAT/SỞ-HT', 'Quy chế của Sở', 'Hà Tĩnh', '2019-01-01', null, 'SNgV', 'CAT-SNGV-HT')
                ) as v (code, title, province, signed, ends, symbol, lead)
                join agency ag on ag.code = v.lead""").update();
    }

    @Test
    void listsAProvincesAgreementsByStart() {
        assertThat(catalog.list("Lạng Sơn")).extracting(AgreementSummary::code)
                .containsExactly("CAT/12", "CAT/BP", "CAT/01");
    }

    @Test
    void aProvinceTypedDecomposedOrWithSpacesStillMatches() {
        String decomposed = Normalizer.normalize(" Lạng Sơn ", Normalizer.Form.NFD);

        assertThat(catalog.list(decomposed)).hasSize(3);
    }

    @Test
    void agreementsOfTwoProvincesAreSeveralProvincesWhateverTheirSpelling(@Autowired JdbcClient jdbc) {
        assertThat(catalog.severalProvinces()).isTrue();

        // the same province typed decomposed and with spaces is still one
        jdbc.sql("update agreement set province = :p where province = 'Hà Tĩnh'")
                .param("p", Normalizer.normalize(" Lạng Sơn ", Normalizer.Form.NFD)).update();
        try {
            assertThat(catalog.severalProvinces()).isFalse();
        } finally {
            jdbc.sql("update agreement set province = 'Hà Tĩnh' where code in ('CAT/HT', 'CAT/SỞ-HT')").update();
        }
    }

    @Test
    void withoutAProvinceEveryAgreementIsListed() {
        assertThat(catalog.list(null)).extracting(AgreementSummary::code)
                .contains("CAT/HT", "CAT/01", "CAT/12", "CAT/BP");
        assertThat(catalog.list("Atlantis")).isEmpty();
    }

    @Test
    void theStarRecipientsOfAnAgreementAreThoseOfItsLeadAgencysProvince(@Autowired JdbcClient jdbc) {
        // an agreement between provinces recorded with Hà Tĩnh, led by Lạng Sơn's Sở Ngoại vụ, and each province's
        // "*" recipient (import format: "every agreement of the lead agency's province")
        jdbc.sql("""
                insert into agreement (code, title, province, signed_on, effective_from, symbol, lead_agency_id)
                select 'CAT/LT', 'Quy chế liên tỉnh', 'Hà Tĩnh', date '2021-01-01', date '2021-01-01', 'SNgV', id
                from agency where code = 'CAT-SNGV-LS';
                insert into import_batch (source, imported_by, status, files, rows)
                values ('test', 'test', 'APPLIED', 1, 2);
                insert into recipient (agreement_id, province, email, name, import_id)
                select null, v.province, v.email, v.name, (select max(id) from import_batch)
                from (values ('Lạng Sơn', 'vanphong@langson.example.org', 'Văn phòng UBND tỉnh Lạng Sơn'),
                             ('Hà Tĩnh', 'vanphong@hatinh.example.org', 'Văn phòng UBND tỉnh Hà Tĩnh'))
                     as v (province, email, name)""").update();

        // then its reports go to Lạng Sơn's, which issues them
        assertThat(catalog.recipients("CAT/LT")).extracting(AgreementRecipient::email)
                .containsExactly("vanphong@langson.example.org");
        assertThat(catalog.recipients("CAT/HT")).extracting(AgreementRecipient::email)
                .containsExactly("vanphong@hatinh.example.org");
    }

    @Test
    void findsOneAgreementByCode() {
        assertThat(catalog.find("CAT/12")).contains(new AgreementSummary("CAT/12", "Quy chế cũ", "Lạng Sơn",
                LocalDate.of(2016, 4, 12), LocalDate.of(2020, 10, 5), "Sở Ngoại vụ", "SNgV", "Lạng Sơn"));
        assertThat(catalog.find(" CAT/BP ").orElseThrow().leadAgencyName())
                .isEqualTo("Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void aCodeTypedDecomposedFindsTheAgreement() {
        // as a macOS terminal or some Vietnamese keyboards send it: O, combining horn, combining hook above
        String decomposed = Normalizer.normalize("CAT/SỞ-HT", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("CAT/SỞ-HT");
        assertThat(catalog.find(decomposed).orElseThrow().code()).isEqualTo("CAT/SỞ-HT");
    }
}
