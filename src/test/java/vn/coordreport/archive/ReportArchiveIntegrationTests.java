package vn.coordreport.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.support.IntegrationTest;

/** The archive as the jobs and the commands use it. Each test archives its own agreement. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ReportArchiveIntegrationTests") // a database of its own
class ReportArchiveIntegrationTests {

    @Autowired
    ReportArchive archive;

    @Autowired
    JdbcClient jdbc;

    static NewReport report(String code, ReportKind kind, String fingerprint, String text) {
        return new NewReport(code, "2021", "decree-09", kind, "PDF", kind == ReportKind.FINAL ? 7 : null,
                text.getBytes(StandardCharsets.UTF_8), 2, fingerprint, JobNames.NIGHTLY, 42L);
    }

    @Test
    void versionsAreNumberedHashedAndSized() {
        // given
        ArchivedReport first = archive.store(report("01/QCPH/A", ReportKind.DRAFT, "f1", "abc"));

        // when
        ArchivedReport second = archive.store(report("01/QCPH/A", ReportKind.DRAFT, "f2", "second version"));

        // then
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(first.sizeBytes()).isEqualTo(3);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.supersedesId()).as("drafts supersede nothing").isNull();
        assertThat(second.fileName()).isEqualTo("01-QCPH-A_2021_du-thao_v2.pdf");
        assertThat(new String(archive.content(second.id()), StandardCharsets.UTF_8)).isEqualTo("second version");
        assertThat(archive.latest("01/QCPH/A", "2021", "decree-09", ReportKind.DRAFT, "PDF")).contains(second);
        assertThat(archive.find(first.id())).hasValueSatisfying(v -> {
            assertThat(v.createdBy()).isEqualTo(JobNames.NIGHTLY);
            assertThat(v.jobExecutionId()).isEqualTo(42L);
            assertThat(v.pages()).isEqualTo(2);
            assertThat(v.createdAt()).isNotNull();
        });
    }

    @Test
    void theSameFingerprintStoresNothing() {
        // given
        ArchivedReport stored = archive.store(report("02/QCPH/A", ReportKind.FINAL, "same", "once"));

        // when
        ArchivedReport again = archive.store(report("02/QCPH/A", ReportKind.FINAL, "same", "rendered again"));

        // then
        assertThat(again).isEqualTo(stored);
        assertThat(archive.list("02/QCPH/A", null)).hasSize(1);
    }

    @Test
    void aNewFinalSupersedesThePreviousOne() {
        // given
        ArchivedReport first = archive.store(report("03/QCPH/A", ReportKind.FINAL, "f1", "first"));

        // when
        ArchivedReport second = archive.store(report("03/QCPH/A", ReportKind.FINAL, "f2", "second"));

        // then
        assertThat(first.supersedesId()).isNull();
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(second.fileName()).isEqualTo("03-QCPH-A_2021_v2.pdf");
        assertThat(archive.list("03/QCPH/A", Period.year(2021))).extracting(ArchivedReport::version).containsExactly(1, 2);
        assertThat(archive.list("03/QCPH/A", Period.year(2020))).isEmpty();
    }

    @Test
    void theDatabaseRejectsAnyChangeToAStoredVersion() {
        // given
        ArchivedReport stored = archive.store(report("04/QCPH/A", ReportKind.FINAL, "f1", "issued"));

        // when / then
        assertThatThrownBy(() -> jdbc.sql("update report_version set content = 'x'::bytea, sha256 = :s where id = :id")
                .param("s", "0".repeat(64)).param("id", stored.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where id = :id").param("id", stored.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(archive.content(stored.id())).isEqualTo("issued".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void concurrentStoresOfDifferentDataGetDistinctNumbers() throws Exception {
        // given eight renderings of one report from different data
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<ArchivedReport>> stores = IntStream.rangeClosed(1, 8)
                .<Callable<ArchivedReport>>mapToObj(i -> () -> archive.store(
                        report("05/QCPH/A", ReportKind.FINAL, "f" + i, "content " + i)))
                .toList();

        // when they are stored at once
        List<Future<ArchivedReport>> results = pool.invokeAll(stores);
        pool.shutdown();

        // then each has its own number, and each final supersedes the one before it
        for (Future<ArchivedReport> result : results) {
            result.get();
        }
        List<ArchivedReport> versions = archive.list("05/QCPH/A", Period.year(2021));
        assertThat(versions).extracting(ArchivedReport::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i).supersedesId()).isEqualTo(versions.get(i - 1).id());
        }
    }

    @Test
    void anUnknownIdHasNoContent() {
        assertThat(archive.find(999_999)).isEmpty();
        assertThatThrownBy(() -> archive.content(999_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#999999");
    }
}
