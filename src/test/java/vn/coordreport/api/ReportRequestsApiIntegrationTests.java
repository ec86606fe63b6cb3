package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.QT;
import static vn.coordreport.api.ApiFixture.json;
import static vn.coordreport.api.ApiFixture.quoted;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.UserAccounts;

/** Another system requests a report, watches it and downloads it; jobs and deliveries over HTTP. */
@ApiTest
// a database of its own: it counts the versions it renders from 1, which another class's request would have taken
@TestPropertySource(properties = "coordreport.test.database=ReportRequestsApiIntegrationTests")
class ReportRequestsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    @Autowired
    ReportArchive archive;

    @Autowired
    AuditLog audit;

    Http operator;
    Http viewer;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
        operator = new Http("http://localhost:" + port, "operator", PASSWORD);
        viewer = operator.as("viewer", PASSWORD);
    }

    @Test
    void aRequestedReportIsAcceptedWatchedAndDownloaded() {
        // when an operator requests the draft of 2021
        Http.Response accepted = operator.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"format\": \"pdf\", \"final\": false}");

        // then it is accepted at once, with where to watch it
        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).matches("/api/report-requests/\\d+");
        assertThat(json(accepted).get("status").asString()).isIn("QUEUED", "RUNNING", "DONE");

        // and it ends DONE with a download link that a viewer can follow
        JsonNode done = ApiFixture.finished(viewer, location);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        String download = done.get("download").asString();
        assertThat(download).isEqualTo("/api/reports/" + done.get("versionId").asLong() + "/content");

        Http.Response pdf = viewer.get(download);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"09-QCPH-SNgV-BP_2021_du-thao_v1.pdf\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2009-QCPH-SNgV-BP%202021%20%28d%E1%BB%B1%20th%E1%BA%A3o%29%20v1.pdf");
        assertThat(pdf.header("ETag")).isEqualTo("\"" + archive.find(done.get("versionId").asLong()).orElseThrow().sha256() + "\"");
        assertThat(ApiFixture.pdfText(pdf.body())).contains(QT).contains("DỰ THẢO").contains("năm 2021");

        // and the download is in the audit log, by the viewer
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DOWNLOAD");
            assertThat(e.username()).isEqualTo("viewer");
            assertThat(e.target()).isEqualTo("report version #" + done.get("versionId").asLong());
        });
        // and the request, as the page records one: the request the target, what was asked the detail
        String requestId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REPORT_REQUEST");
            assertThat(e.target()).isEqualTo("request/" + requestId);
            assertThat(e.detail()).startsWith(QT + " 2021 PDF ");
        });
    }

    @Test
    void twoIdenticalRequestsAtOnceAreOneRequestAndOneVersion() throws Exception {
        // given two systems asking for the same Word draft at the same moment
        CyclicBarrier together = new CyclicBarrier(2);
        String body = "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021-Q3\", \"format\": \"docx\"}";
        List<CompletableFuture<Http.Response>> asked = List.of(operator, operator.as("admin", PASSWORD)).stream()
                .map(http -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return http.postJson("/api/report-requests", body);
                })).toList();

        // then both are told the same request, and one version is archived
        String first = asked.get(0).get().header("Location");
        String second = asked.get(1).get().header("Location");
        assertThat(second).isEqualTo(first);
        JsonNode done = ApiFixture.finished(viewer, first);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(archive.list(QT, Period.quarter(2021, 3))).hasSize(1);
        Http.Response docx = viewer.get(done.get("download").asString());
        assertThat(docx.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.header("Content-Disposition")).startsWith("attachment; filename=\"09-QCPH-SNgV-BP_2021-Q3_du-thao_v1.docx\"");
    }

    @Test
    void theArchiveIsListedAndDescribed() {
        JsonNode done = ApiFixture.finished(viewer, operator.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021-H1\"}").header("Location"));
        long id = done.get("versionId").asLong();

        JsonNode list = json(viewer.get("/api/reports?agreement=09%2FQCPH%2FSNgV-BP&period=2021-H1"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
        // the period as the office writes it, or in another case, finds it too
        assertThat(json(viewer.get("/api/reports?agreement=09%2FQCPH%2FSNgV-BP&period=2021-h1"))).hasSize(1);
        assertThat(json(viewer.get("/api/reports?agreement=09%2FQCPH%2FSNgV-BP&period="
                + java.net.URLEncoder.encode("6 tháng đầu năm 2021", java.nio.charset.StandardCharsets.UTF_8)))).hasSize(1);
        JsonNode one = json(viewer.get("/api/reports/" + id));
        assertThat(one.get("agreementCode").asString()).isEqualTo(QT);
        assertThat(one.get("kind").asString()).isEqualTo("DRAFT");
        assertThat(viewer.get("/api/reports/999999").status()).isEqualTo(404);
        assertThat(json(viewer.get("/api/reports/999999")).get("detail").asString()).contains("không có phiên bản báo cáo #999999");
    }

    @Test
    void jobsStartAndRestartAndAreListed() {
        // when an operator runs the nightly drafts as of a day
        Http.Response started = operator.postJson("/api/jobs/nightly", "{\"asOf\": \"2021-06-01\"}");

        // then the job has run and is in the history
        assertThat(started.status()).isEqualTo(200);
        JsonNode summary = json(started);
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(started.header("Location")).isEqualTo("/api/jobs/" + summary.get("id").asLong());
        assertThat(json(viewer.get(started.header("Location"))).get("jobName").asString()).isEqualTo(JobNames.NIGHTLY);
        assertThat(json(viewer.get("/api/jobs")).findValuesAsString("jobName")).contains(JobNames.NIGHTLY);

        // and a completed execution cannot be restarted, an unknown one is not found
        Http.Response restart = operator.postJson("/api/jobs/" + summary.get("id").asLong() + "/restart", "{}");
        assertThat(restart.status()).isEqualTo(400);
        assertThat(json(restart).get("detail").asString()).isEqualTo("Lần chạy " + summary.get("id").asLong()
                + " đã hoàn tất (COMPLETED): không còn gì để chạy tiếp.");
        assertThat(operator.postJson("/api/jobs/987654/restart", "{}").status()).isEqualTo(404);

        // and a period close is refused before its grace days unless forced
        Http.Response early = operator.postJson("/api/jobs/close", "{\"period\": \"2099-H1\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(json(early).get("detail").asString()).startsWith("Chưa chốt được kỳ 2099-H1 trước ngày ");
        // and forced, a period not begun is refused naming the API's field beside the command's option
        Http.Response notBegun = operator.postJson("/api/jobs/close", "{\"period\": \"2099-H1\", \"force\": true}");
        assertThat(notBegun.status()).isEqualTo(400);
        assertThat(json(notBegun).get("detail").asString()).contains("--force (trong API: \"force\": true) chỉ cho chốt "
                + "sớm một kỳ đã bắt đầu");
        assertThat(audit.recent(50)).anySatisfy(e -> assertThat(e.action()).isEqualTo("JOB_START"));
        assertThat(audit.recent(50)).anySatisfy(e -> assertThat(e.action()).isEqualTo("JOB_RESTART"));
    }

    @Test
    void deliveriesAreListedWithWhyAMailDidNotGoAndItsMessageId(
            @Autowired vn.coordreport.pipeline.OnDemandReports reports,
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        // given a mail of a final cut off while sending, as the ledger keeps it
        long version = reports.archived("09/QCPH/SNgV-BP", vn.coordreport.period.Period.year(2021), null,
                vn.coordreport.render.Format.PDF, true, "test").id();
        jdbc.sql("""
                insert into delivery (version_id, email, name, message_id, status, attempts, last_error)
                values (:v, 'lanhdao@quangtri.example.org', 'Lãnh đạo', '<v-test@coordreport>', 'UNCERTAIN', 1,
                        'not resent automatically, the server may have it: jakarta.mail.MessagingException: Exception '
                        || 'reading response; nested exception is: java.net.SocketTimeoutException: Read timed out')
                """).param("v", version).update();
        try {
            Http.Response deliveries = viewer.get("/api/deliveries?agreement=09%2FQCPH%2FSNgV-BP");
            assertThat(deliveries.status()).isEqualTo(200);
            tools.jackson.databind.JsonNode cut = json(deliveries).get(0);
            // then the API says why in the reader's words, what the server said without Java's class names, and the
            // Message-ID to look for; no next attempt, as none is made
            assertThat(cut.get("status").asString()).isEqualTo("UNCERTAIN");
            assertThat(cut.get("reason").asString()).startsWith("Việc gửi bị ngắt giữa chừng");
            assertThat(cut.get("serverSaid").asString()).doesNotContain("jakarta.mail", "java.net")
                    .endsWith("Read timed out (Message-ID <v-test@coordreport>)");
            assertThat(cut.get("messageId").asString()).isEqualTo("<v-test@coordreport>");
            assertThat(cut.get("nextAttemptAt").isNull()).isTrue();
        } finally {
            jdbc.sql("delete from delivery where message_id = '<v-test@coordreport>'").update();
        }
    }
}
