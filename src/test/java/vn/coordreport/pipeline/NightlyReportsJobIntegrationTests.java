package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.Importer;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=NightlyReportsJobIntegrationTests")
class NightlyReportsJobIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    @Autowired
    ReportJobs jobs;

    @Autowired
    JobHistory history;

    @Autowired
    ReportArchive archive;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void samplesLoaded() {
        for (String set : List.of("quang-tri-2021", "tay-ninh-2019", "lang-son-2020")) {
            importer.importPath(Path.of("src/main/resources/samples", set), false);
        }
    }

    @Test
    void rendersOnlyWhatChanged() {
        // when the first nightly run of 1 June 2021
        long started = System.nanoTime();
        JobSummary first = jobs.startNightly(AS_OF);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;

        // then the drafts of H1 and the year to date of the three agreements in effect that day
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.written()).isEqualTo(6);
        assertThat(drafts()).containsOnlyKeys("09/QCPH/SNgV-BP 2021-H1", "09/QCPH/SNgV-BP 2021",
                "05/QCPH-SNgV-BĐBP 2021-H1", "05/QCPH-SNgV-BĐBP 2021", "01/QCPH-SNgV-BĐBP 2021-H1",
                "01/QCPH-SNgV-BĐBP 2021").allSatisfy((report, version) -> assertThat(version).isEqualTo(1));

        // when it runs again with no change in the data
        started = System.nanoTime();
        JobSummary second = jobs.startNightly(AS_OF);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;

        // then nothing is rendered: every report is skipped, the archive keeps six versions
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.written()).isZero();
        assertThat(second.skipped()).isEqualTo(6);
        assertThat(archive.list(null, null)).hasSize(6);

        // when one record of Quảng Trị changes
        int updated = jdbc.sql("""
                update record set quantity = quantity + 1
                where ctid = (select min(r.ctid) from record r join agreement a on a.id = r.agreement_id
                              where a.code = '09/QCPH/SNgV-BP' and r.occurred_on between '2021-01-01' and '2021-05-31')
                """).update();
        assertThat(updated).isEqualTo(1);
        JobSummary third = jobs.startNightly(AS_OF);

        // then exactly that agreement's two drafts are rendered again
        assertThat(third.written()).isEqualTo(2);
        assertThat(third.skipped()).isEqualTo(4);
        assertThat(drafts()).containsEntry("09/QCPH/SNgV-BP 2021-H1", 2).containsEntry("09/QCPH/SNgV-BP 2021", 2)
                .containsEntry("05/QCPH-SNgV-BĐBP 2021-H1", 1).containsEntry("01/QCPH-SNgV-BĐBP 2021", 1);
        assertThat(history.executions(10)).extracting(JobSummary::id).contains(first.id(), second.id(), third.id());
        System.out.printf("nightly: first run %d ms (6 rendered), second run %d ms (6 skipped)%n", firstMillis,
                secondMillis);
    }

    /** The latest draft version of each agreement and period. */
    private Map<String, Integer> drafts() {
        return archive.list(null, null).stream()
                .collect(Collectors.toMap(r -> r.agreementCode() + " " + r.period(), ArchivedReport::version,
                        Math::max));
    }
}
