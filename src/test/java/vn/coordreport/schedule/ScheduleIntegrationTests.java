package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=ScheduleIntegrationTests",
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
    void aCronTriggerStartsTheNightlyJob() throws InterruptedException {
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
    }

    private JobSummary await(Duration limit) {
        return Awaitility.await("a nightly execution completed").atMost(limit).pollInterval(Duration.ofMillis(200))
                .until(() -> history.executions(5).stream().filter(s -> s.status().equals("COMPLETED")).findFirst(),
                        java.util.Optional::isPresent).get();
    }
}
