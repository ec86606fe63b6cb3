package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.period.Period;
import vn.coordreport.render.Format;
import vn.coordreport.support.IntegrationTest;

/** The report command's path through the archive: unchanged data is served from it, changed data renders anew. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=OnDemandReportsIntegrationTests") // a database of its own
class OnDemandReportsIntegrationTests extends QuangTriSampleTests {

    @Autowired
    OnDemandReports reports;

    @Test
    void unchangedDataGivesTheStoredVersionAndChangedDataANewOne() throws IOException {
        // given a draft produced once
        Path first = produce(false, "first").get(0);

        // when it is asked for again with the data unchanged
        Path second = produce(false, "second").get(0);

        // then one version is archived and the same bytes are written
        assertThat(drafts()).hasSize(1);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first))
                .isEqualTo(archive.content(drafts().get(0).id()));
        assertThat(second.getFileName()).hasToString("09-QCPH-SNgV-BP_2021_du-thao_v1.pdf");
        assertThat(drafts().get(0).createdBy()).isEqualTo("report command");
        assertThat(drafts().get(0).jobExecutionId()).isNull();

        // when one record is added to the period
        Path data = Files.createDirectories(temp.resolve("more"));
        Files.writeString(data.resolve("records.csv"), "agreement,indicator,date\n" + QT + ",JOINT_PATROL,2021-11-30\n");
        assertThat(importer.importPath(data, false).status()).isEqualTo(ImportStatus.IMPORTED);
        Path third = produce(false, "third").get(0);

        // then a new version is rendered and archived
        assertThat(drafts()).extracting(ArchivedReport::version).containsExactly(1, 2);
        assertThat(third.getFileName()).hasToString("09-QCPH-SNgV-BP_2021_du-thao_v2.pdf");
        assertThat(Files.readAllBytes(third)).isEqualTo(archive.content(drafts().get(1).id()));
    }

    @Test
    void aFinalAskedForTwiceIsArchivedOnceAndWaitsForItsNumberUntilIssued() throws IOException {
        // given
        Path first = produce(true, "final-1").get(0);

        // when
        Path second = produce(true, "final-2").get(0);

        // then
        List<ArchivedReport> finals = archive.list(QT, Period.year(2021)).stream().filter(v -> v.kind() == ReportKind.FINAL).toList();
        assertThat(finals).singleElement().satisfies(v -> {
            assertThat(v.documentNumber()).as("numbered when issued, not when made").isNull();
            assertThat(v.calendar()).isEqualTo("decree-09");
            assertThat(v.format()).isEqualTo("PDF");
            assertThat(v.sizeBytes()).isEqualTo(Files.size(second));
        });
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    private List<Path> produce(boolean finalReport, String folder) {
        return reports.produce(new ReportRequest(QT, Period.parse("2021"), null, List.of(Format.PDF), finalReport,
                temp.resolve(folder)));
    }

    private List<ArchivedReport> drafts() {
        return archive.list(QT, Period.year(2021)).stream().filter(v -> v.kind() == ReportKind.DRAFT).toList();
    }
}
