package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.period.Period;
import vn.coordreport.support.IntegrationTest;

/**
 * A job left marked STARTED, as a killed node or a database outage leaves it,
 * is resumed when the same request runs again, but only when the process that
 * ran it is gone: an execution a live node runs is never touched. The kill is
 * simulated by putting back in the tables what a killed process leaves there.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=JobRecoveryIntegrationTests")
class JobRecoveryIntegrationTests extends MailedSampleTests {

    @TestConfiguration
    static class InjectedFailure {

        @Bean
        @Primary
        JobRestartIntegrationTests.FailingRenderer failingRenderer() {
            return new JobRestartIntegrationTests.FailingRenderer();
        }
    }

    @Autowired
    ReportJobs jobs;

    @Autowired
    JobHistory history;

    @Autowired
    ReportArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JobRestartIntegrationTests.FailingRenderer renderer;

    @Test
    void aCloseWhoseNodeDiedIsResumedByTheSameRequestAndItsFinalsAreMailedOnceIssued() throws Exception {
        // given a close of 2021 whose node died after its first final: left STARTED, owned by a node that is gone
        greenMail.purgeEmailFromAllMailboxes();
        JobRequest request = JobRequest.close(Period.year(2021), null, false, Instant.parse("2021-12-20T19:00:00Z"));
        long killed = killedAtSecondReport(request, "node-gone", "node-gone-process");

        // when the same request runs again (on another node, as Quartz's recovery does)
        JobSummary resumed = jobs.run(request);

        // then it continues in the same job instance: three finals once each; once issued, each recipient mailed once
        assertThat(resumed.status()).as(resumed.failure()).isEqualTo("COMPLETED");
        assertThat(resumed.id()).isNotEqualTo(killed);
        assertThat(instanceOf(resumed.id())).isEqualTo(instanceOf(killed));
        assertThat(jdbc.sql("select status from batch_job_execution where job_execution_id = :id").param("id", killed)
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(archive.list(null, Period.year(2021))).filteredOn(r -> r.kind() == ReportKind.FINAL).hasSize(3)
                .allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(issueAll("2021").issued()).isEqualTo(3);
        List<String> received = java.util.Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::recipient).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(
                SampleRecipients.expectedMails(Period.year(2021)).stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void anExecutionALiveNodeRunsIsLeftAloneUntilThatNodeStopsCheckingIn() {
        // given a close of 2020 marked STARTED by a node that checks in
        JobRequest request = JobRequest.close(Period.year(2020), null, false, Instant.parse("2020-12-20T19:00:00Z"));
        long running = killedAtSecondReport(request, "node-live", "node-live-process");
        checkIn("node-live", System.currentTimeMillis());

        // then neither the same request nor the next fire's restart touches it
        assertThatThrownBy(() -> jobs.run(request)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Tác vụ periodCloseJob, lần chạy " + running + ": đang ở trạng thái STARTED trên "
                        + "máy chủ node-live (tiến trình node-live-process)").hasMessageContaining("để nguyên");
        assertThat(jobs.restartLastFailed(JobNames.PERIOD_CLOSE)).isEmpty();
        assertThat(history.execution(running).orElseThrow().status()).isEqualTo("STARTED");

        // when the node stops checking in (its interval and Quartz's 7.5 s passed)
        checkIn("node-live", System.currentTimeMillis() - 60_000);

        // then the next fire restarts it
        JobSummary resumed = jobs.restartLastFailed(JobNames.PERIOD_CLOSE).orElseThrow();
        assertThat(resumed.status()).as(resumed.failure()).isEqualTo("COMPLETED");
        assertThat(instanceOf(resumed.id())).isEqualTo(instanceOf(running));
    }

    @Test
    void anExecutionThisProcessNoLongerRunsIsResumedButACommandsIsNot() {
        // given a run of this process that ended without its end being written (the database went away)
        JobRequest own = JobRequest.close(Period.parse("2021-H1"), null, false, Instant.parse("2021-06-25T19:00:00Z"));
        killedAtSecondReport(own, null, JobOwners.PROCESS);
        // and one of a command on another machine, whose process may well be alive
        JobRequest command = JobRequest.close(Period.parse("2019-H1"), null, false, Instant.parse("2019-06-25T19:00:00Z"));
        long commands = killedAtSecondReport(command, null, "other-host:4242:abcdef12");

        // then this process resumes its own, and leaves the command's to the operator (restart --recover)
        assertThat(jobs.run(own).status()).isEqualTo("COMPLETED");
        assertThatThrownBy(() -> jobs.run(command)).hasMessageContaining("tiến trình lệnh other-host:4242:abcdef12");
        assertThat(jobs.restart(commands, true).status()).isEqualTo("COMPLETED");
    }

    @Test
    void recoveringAnExecutionWhoseCommandStillRunsOnThisMachineIsRefusedInWords() throws Exception {
        // given a close marked STARTED by a command whose process, on this machine, is alive
        Process command = new ProcessBuilder("sleep", "120").start();
        try {
            String token = JobOwners.PROCESS.split(":")[0] + ":" + command.pid() + ":abcdef12";
            JobRequest request = JobRequest.close(Period.parse("2019-H2"), null, false,
                    Instant.parse("2019-12-25T19:00:00Z"));
            long running = killedAtSecondReport(request, null, token);

            // then --recover is refused, naming the process, rather than racing it (Spring Batch's English)
            assertThatThrownBy(() -> jobs.restart(running, true)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Lần chạy " + running + " đang chạy ở tiến trình lệnh " + token + ": không dùng "
                            + "--recover khi tiến trình ấy còn chạy nó; hãy chờ nó xong (coordreport jobs) hoặc dừng "
                            + "tiến trình ấy trước.");
            assertThat(history.execution(running).orElseThrow().status()).isEqualTo("STARTED");

            // and once that process is gone, it recovers
            command.destroyForcibly().waitFor();
            JobSummary recovered = jobs.restart(running, true);
            assertThat(recovered.status()).isEqualTo("COMPLETED");
            // and restarted again, it names the execution that went on, rather than Spring Batch's English race
            assertThatThrownBy(() -> jobs.restart(running, false)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Lần chạy " + running + " đã được chạy tiếp thành lần chạy " + recovered.id()
                            + " (COMPLETED): hãy xem lần chạy " + recovered.id() + " (coordreport jobs) và, nếu nó "
                            + "lỗi, chạy tiếp lần ấy.");
        } finally {
            command.destroyForcibly();
        }
    }

    /**
     * Runs the request until its second rendering fails, then puts the tables
     * as a process killed at that moment leaves them: the execution and its
     * running step STARTED with no end, owned by the given node and process.
     */
    private long killedAtSecondReport(JobRequest request, String node, String process) {
        renderer.failAt(2);
        JobSummary failed = jobs.run(request);
        assertThat(failed.status()).isEqualTo("FAILED");
        jdbc.sql("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null "
                + "where job_execution_id = :id").param("id", failed.id()).update();
        jdbc.sql("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null "
                + "where job_execution_id = :id and status = 'FAILED'").param("id", failed.id()).update();
        jdbc.sql("update job_execution_node set node = :node, process = :process where job_execution_id = :id")
                .param("node", node, java.sql.Types.VARCHAR).param("process", process).param("id", failed.id()).update();
        return failed.id();
    }

    private void checkIn(String node, long at) {
        try {
            jdbc.sql("""
                    insert into qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval)
                    values (:scheduler, :node, :at, 1000)
                    on conflict (sched_name, instance_name) do update set last_checkin_time = :at
                    """).param("scheduler", scheduler.getSchedulerName()).param("node", node).param("at", at).update();
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private long instanceOf(long executionId) {
        return jdbc.sql("select job_instance_id from batch_job_execution where job_execution_id = :id")
                .param("id", executionId).query(Long.class).single();
    }

}
