package vn.coordreport.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.support.IntegrationTest;

/**
 * The dashboard of a province shows the agreements recorded with it and those its agencies lead: an agreement between
 * provinces recorded with the other's is the lead's to report on (its reports are headed and numbered by it), and its
 * leadership saw it nowhere.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=DashboardScopeIntegrationTests") // a database of its own
class DashboardScopeIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    Dashboard dashboard;

    @Test
    void anAgreementLedByAnAgencyOfTheProvinceIsOnItsDashboardWhereverItIsRecorded(@TempDir Path data)
            throws IOException {
        // given an agreement recorded with Quảng Trị, led by Tây Ninh's Sở Ngoại vụ, with a record of 2021
        Files.writeString(data.resolve("agencies.csv"), """
                code,name,province
                SNGV-TN-LEAD,Sở Ngoại vụ,Tây Ninh
                BDBP-QT-PARTY,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Quảng Trị
                """);
        Files.writeString(data.resolve("agreements.csv"), """
                code,title,province,signed_on,parties
                LIEN-TINH/2021,Quy chế phối hợp liên tỉnh,Quảng Trị,2021-01-04,SNGV-TN-LEAD;BDBP-QT-PARTY
                """);
        Files.writeString(data.resolve("records.csv"), """
                agreement,indicator,date,quantity
                LIEN-TINH/2021,JOINT_PATROL,2021-03-05,2
                """);
        assertThat(importer.importPath(data, false).status()).isEqualTo(ImportStatus.IMPORTED);

        // when Tây Ninh's dashboard is read, and Quảng Trị's
        Dashboard.View tayNinh = dashboard.snapshot(new DashboardScope("Tây Ninh", null, null, Period.parse("2021")),
                LocalDate.of(2021, 12, 31));
        Dashboard.View quangTri = dashboard.snapshot(new DashboardScope("Quảng Trị", null, null, Period.parse("2021")),
                LocalDate.of(2021, 12, 31));

        // then the agreement is on both, and Tây Ninh is a province to choose, with data of 2021 to open on
        assertThat(tayNinh.agreements()).extracting(option -> option.value()).containsExactly("LIEN-TINH/2021");
        assertThat(quangTri.agreements()).extracting(option -> option.value()).containsExactly("LIEN-TINH/2021");
        assertThat(dashboard.provinces()).contains("Tây Ninh", "Quảng Trị");
        assertThat(dashboard.latestDay("Tây Ninh")).contains(LocalDate.of(2021, 3, 5));
        assertThat(dashboard.lastTermYear("Tây Ninh", LocalDate.of(2026, 12, 5))).isEqualTo(2026);
    }

    @Test
    void theComparisonsNoteNamesOnlyTheAgreementsInEffectInThePeriod() {
        // Lạng Sơn: 12/QCPH-SNgV-BĐBP until 05/10/2020, 01/QCPH-SNgV-BĐBP from 06/10/2020
        assertThat(importer.importPath(Path.of("src/main/resources/samples/lang-son-2020"), false).status())
                .isEqualTo(ImportStatus.IMPORTED);

        // the nine months of 2020 are the first's alone, compared in full: the second, not yet in effect, is not
        // named as "not compared"
        assertThat(dashboard.indicators(new DashboardScope("Lạng Sơn", null, null, Period.parse("2020-9M")))
                .notComparable()).isEmpty();
        // the year is both's in part: neither compares
        assertThat(dashboard.indicators(new DashboardScope("Lạng Sơn", null, null, Period.parse("2020")))
                .notComparable()).containsExactlyInAnyOrder("12/QCPH-SNgV-BĐBP", "01/QCPH-SNgV-BĐBP");
    }
}
