package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.support.IntegrationTest;

/**
 * A job asked for on a serving node goes through the cluster's schedule as a
 * one-shot trigger, so that another node could resume it; a command hands one
 * to the cluster only when a serving node is alive.
 */
@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=RunNowIntegrationTests",
        // a scheduler name of its own: Quartz keeps each scheduler's data source JVM-wide by name, so the
        // (standby) schedulers of other cached test contexts would otherwise check in to this database too
        "spring.quartz.scheduler-name=RunNowIntegrationTests",
        "coordreport.cluster.instance-id=node-under-test", "coordreport.cluster.checkin-interval=1s",
        "coordreport.schedule.nightly=", "coordreport.schedule.close-h1=", "coordreport.schedule.close-9m=",
        "coordreport.schedule.close-h2=", "coordreport.schedule.close-year=", "coordreport.schedule.deliveries="})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunNowIntegrationTests {

    @Autowired
    Schedules schedules;

    @Autowired
    ReportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Importer importer;

    @AfterEach
    void stop() {
        schedules.stop();
    }

    @Test
    @Order(2)
    void aJobAskedForOnAServingNodeRunsAsAOneShotTriggerOfTheCluster() {
        // given a serving node
        importer.importPath(java.nio.file.Path.of("src/main/resources/samples/quang-tri-2021"), false);
        schedules.start();

        // when a nightly run is asked for
        JobSummary run = schedules.run(jobs.nightlyNow(LocalDate.of(2021, 6, 1)));

        // then it ran through Quartz on this node, to its end, and its trigger is gone
        assertThat(run.status()).as(run.failure()).isEqualTo("COMPLETED");
        assertThat(run.written()).isEqualTo(2);
        assertThat(jdbc.sql("select node from job_execution_node where job_execution_id = :id").param("id", run.id())
                .query(String.class).single()).isEqualTo("node-under-test");
        assertThat(jdbc.sql("select count(*) from qrtz_triggers where job_name = 'runNow'").query(Integer.class).single())
                .isZero();
        // and a close before its grace days is refused before anything is handed over
        assertThatThrownBy(() -> schedules.run(jobs.closeNow(Period.parse("2099-H1"), null, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Chưa chốt được kỳ 2099-H1 trước ngày ");
    }

    @Test
    @Order(1)
    void aCommandHandsAJobToTheClusterOnlyWhenAServingNodeIsAlive() {
        // given no node serves this database (this one's scheduler has not started)
        assertThat(jdbc.sql("select count(*) from qrtz_scheduler_state where sched_name = 'RunNowIntegrationTests'")
                .query(Integer.class).single()).isZero();

        // then --cluster is refused, saying why
        assertThatThrownBy(() -> schedules.runOnCluster(jobs.nightlyNow(LocalDate.of(2021, 6, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không có máy chủ nào đang chạy serve");
    }
}
