package vn.coordreport.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.coordreport.messages.DateFormats;
import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;

/**
 * The Quartz job of the schedules: says when, and nothing else. It first
 * restarts the job's last failed or stopped execution, or one whose process is
 * gone (so a failure is retried at the next fire), then starts a new run with
 * the scheduled fire time as its {@code run} parameter, so that a re-fire is a
 * new job instance and a misfire shows in the time. Never two at once per
 * Quartz job, across the whole cluster. When the node running a fire dies,
 * Quartz recovers it on another node with the same scheduled time: the same
 * run parameter, so the same job instance, which is resumed where it stopped.
 */
@DisallowConcurrentExecution
class ScheduledReportJob extends QuartzJobBean {

    static final String PERIOD_KIND = "periodKind";

    private static final Logger log = LoggerFactory.getLogger(ScheduledReportJob.class);

    private final ReportJobs jobs;
    private final ZoneId zone;

    ScheduledReportJob(ReportJobs jobs, @Value("${coordreport.time-zone}") ZoneId zone) {
        this.jobs = jobs;
        this.zone = zone;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        Instant fired = context.getScheduledFireTime().toInstant();
        LocalDate day = LocalDate.ofInstant(fired, zone);
        String trigger = context.isRecovering()
                ? context.getMergedJobDataMap().getString(org.quartz.Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME)
                : context.getTrigger().getKey().getName();
        String batchJob = context.getJobDetail().getKey().getName().equals(ScheduleDefinition.NIGHTLY)
                ? JobNames.NIGHTLY : JobNames.PERIOD_CLOSE;
        String due = DateFormats.DAY_TIME_SECONDS.format(fired.atZone(zone));
        try {
            if (context.isRecovering()) {
                log.warn(Messages.text("log.schedule.resuming", trigger, due, batchJob));
            } else {
                log.info(Messages.text("log.schedule.fired", trigger, due, batchJob));
                jobs.restartLastFailed(batchJob)
                        .ifPresent(s -> report(Messages.text("log.schedule.restartOfLastFailed"), s));
            }
            JobSummary run = batchJob.equals(JobNames.NIGHTLY) ? jobs.startNightly(day, fired)
                    : jobs.closeLatest(context.getMergedJobDataMap().getString(PERIOD_KIND), fired);
            report(trigger, run);
        } catch (RuntimeException e) {
            log.error(Messages.text("log.schedule.failed", trigger, batchJob, e.getMessage()), e);
        }
    }

    private static void report(String what, JobSummary s) {
        if (s.failed()) {
            log.error(Messages.text("log.schedule.runFailed", what, s.jobName(), String.valueOf(s.id()), s.status(),
                    s.failure()));
        } else {
            log.info(Messages.text("log.schedule.runEnded", what, s.jobName(), String.valueOf(s.id()), s.status(),
                    s.written(), s.skipped(), s.mailed()));
        }
    }
}
