package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"coordreport.test.database=ScheduleIntegrationTests",
        "logging.level.vn.coordreport.schedule=INFO",
        "coordreport.schedule.nightly=* * * * * ?", "coordreport.schedule.close-h1=", "coordreport.schedule.close-9m=",
        "coordreport.schedule.close-h2=", "coordreport.schedule.close-year=", "coordreport.schedule.deliveries="})
class ScheduleIntegrationTests {

    @Autowired
    Schedules schedules;

    @Autowired
    ScheduleList list;

    @Autowired
    ReportJobs jobs;

    @Autowired
    JobHistory history;

    @AfterEach
    void stop() {
        schedules.stop();
    }

    @Test
    void aCronTriggerStartsTheNightlyJob(CapturedOutput output) throws InterruptedException {
        // given a nightly schedule firing every second, and the close schedules switched off
        assertThat(list.list(2)).filteredOn(s -> s.trigger().equals("nightly")).singleElement()
                .satisfies(s -> assertThat(s.next()).hasSize(2));
        assertThat(list.list(1)).filteredOn(s -> !s.trigger().equals("nightly"))
                .allSatisfy(s -> assertThat(s.cron()).isEmpty());

        // when the scheduler runs
        schedules.start();

        // then a nightly execution appears, started with the fire time as its run parameter
        JobSummary run = await(Duration.ofSeconds(30));
        assertThat(run.jobName()).isEqualTo(JobNames.NIGHTLY);
        assertThat(run.parameters()).contains("asOf=", "run=");
        assertThat(list.list(1)).filteredOn(s -> s.trigger().equals("nightly"))
                .allSatisfy(s -> assertThat(s.registered()).isTrue());
        // and the log says it in the office's language (coordreport.locale), with times as the office writes them
        Awaitility.await("the run's log line").atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                output.getAll()).contains("Đã đăng ký lịch nightly: '* * * * * ?' (Asia/Ho_Chi_Minh)",
                        "Lịch nightly đến giờ (lúc ", "): bắt đầu nightlyReportsJob",
                        "nightly: nightlyReportsJob, lần chạy #" + run.id() + " COMPLETED: lập ")
                .containsPattern("Lịch nightly đến giờ \\(lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\\)"));
    }

    private JobSummary await(Duration limit) {
        return Awaitility.await("a nightly execution completed").atMost(limit).pollInterval(Duration.ofMillis(200))
                .until(() -> history.executions(5).stream().filter(s -> s.status().equals("COMPLETED")).findFirst(),
                        java.util.Optional::isPresent).get();
    }
}
