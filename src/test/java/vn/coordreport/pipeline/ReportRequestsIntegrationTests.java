package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.period.Period;
import vn.coordreport.render.Format;
import vn.coordreport.support.IntegrationTest;

/** Reports requested on demand: queued at once, produced in the background, identical requests joined. */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ReportRequestsIntegrationTests")
class ReportRequestsIntegrationTests extends QuangTriSampleTests {

    @Autowired
    ReportRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoIdenticalRequestsAtOnceAreOneRequestAndOneRendering() throws Exception {
        // given two users asking for the same draft at the same moment
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<ReportRequestStatus>> asked = List.of("lan", "minh").stream()
                .map(user -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return requests.submit(QT, Period.half(2021, 2), null, Format.PDF, false, user);
                })).toList();

        // when both are answered
        ReportRequestStatus first = asked.get(0).get();
        ReportRequestStatus second = asked.get(1).get();

        // then they are the same request, which ends with one archived version
        assertThat(second.id()).isEqualTo(first.id());
        ReportRequestStatus done = waitFor(first.id());
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.percent()).isEqualTo(100);
        assertThat(archive.list(QT, Period.half(2021, 2))).hasSize(1).first()
                .satisfies(v -> assertThat(v.id()).isEqualTo(done.versionId()));
        Path pdf = Files.write(temp.resolve("r.pdf"), archive.content(done.versionId()));
        assertThat(ReportText.ofPdf(pdf)).contains("09/QCPH/SNgV-BP").contains("DỰ THẢO");

        // and asked again later, a new request is answered from the archive: no new version
        ReportRequestStatus again = waitFor(requests.submit(QT, Period.half(2021, 2), null, Format.PDF, false, "lan").id());
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.versionId()).isEqualTo(done.versionId());
        assertThat(requests.recent(10)).extracting(ReportRequestStatus::id).startsWith(again.id(), first.id());
    }

    @Test
    void anUnknownAgreementIsRefusedBeforeAnythingIsQueued() {
        int before = requests.recent(1000).size();
        assertThatThrownBy(() -> requests.submit("'; drop table record; --", Period.year(2021), null, Format.PDF, false,
                "lan")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không có quy chế");
        assertThat(requests.recent(1000)).hasSize(before);
    }

    @Test
    void aWordDocumentIsRequestedLikeAPdf() {
        ReportRequestStatus status = waitFor(requests.submit(QT, Period.year(2021), null, Format.DOCX, false, "lan").id());
        assertThat(status.status()).isEqualTo("DONE");
        assertThat(status.format()).isEqualTo("DOCX");
    }

    @Test
    void aRequestCutOffByItsServerStoppingIsFailedInWordsTheOfficeReadsAndAskedAfresh() {
        // given a request that a server which has since stopped took two hours ago, and left at 40 %
        long dead = jdbc.sql("""
                insert into report_request (agreement_code, period, format, final_report, status, percent, step,
                    requested_by, requested_at)
                values (:code, '2021-H1', 'PDF', false, 'RUNNING', 40, 'Đang dàn trang', 'lan', now() - interval '2 hours')
                returning id
                """).param("code", QT).query(Long.class).single();

        // when the same report is asked for again
        ReportRequestStatus again = waitFor(requests.submit(QT, Period.half(2021, 1), null, Format.PDF, false, "minh").id());

        // then the new request does not join the dead one: it is made afresh, and the dead one says why it failed
        assertThat(again.id()).isNotEqualTo(dead);
        assertThat(again.status()).isEqualTo("DONE");
        ReportRequestStatus cutOff = requests.find(dead).orElseThrow();
        assertThat(cutOff.status()).isEqualTo("FAILED");
        assertThat(cutOff.error())
                .isEqualTo("máy chủ nhận yêu cầu này đã dừng trước khi lập xong báo cáo: hãy yêu cầu lại");
    }

    private ReportRequestStatus waitFor(long id) {
        return Awaitility.await("request " + id + " finished").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> requests.find(id).orElseThrow(),
                        ReportRequestStatus::finished);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
