package vn.coordreport.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.schedule.Schedules;

/**
 * Runs the jobs staff start from the page on a thread of its own, one at a
 * time: a job runs (or is waited for) in the caller's thread, and a request
 * thread must not wait for a night's worth of reports. A new run goes through
 * the cluster ({@link Schedules#run}), so that it is resumed if its node dies.
 * The job history shows how it went.
 */
@Component
class JobStarter {

    private static final Logger log = LoggerFactory.getLogger(JobStarter.class);

    private final ReportJobs jobs;
    private final Schedules schedules;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "web-job-start"));

    JobStarter(ReportJobs jobs, Schedules schedules) {
        this.jobs = jobs;
        this.schedules = schedules;
    }

    void startNightly(String user) {
        executor.execute(() -> {
            try {
                log.info(Messages.text("log.web.nightlyStarted", user, JobNames.NIGHTLY, schedules.run(jobs.nightlyNow(null))));
            } catch (RuntimeException e) {
                log.error(Messages.text("log.web.nightlyFailed", JobNames.NIGHTLY, user, e.getMessage()), e);
            }
        });
    }

    void restart(long executionId, String user) {
        executor.execute(() -> {
            try {
                log.info(Messages.text("log.web.restarted", user, String.valueOf(executionId),
                        jobs.restart(executionId, false)));
            } catch (RuntimeException e) {
                log.error(Messages.text("log.web.restartFailed", String.valueOf(executionId), user, e.getMessage()), e);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
