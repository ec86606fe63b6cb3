package vn.coordreport.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.JobRequest;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;

/**
 * A job asked for now (HTTP API, web page, {@code --cluster} command), handed
 * to the cluster as a one-shot trigger so that, like a scheduled fire, it is
 * recovered by another node when the node running it dies: the trigger
 * carries the whole request, and running the same request again resumes its
 * job instance (see {@link ReportJobs#run}).
 */
class RunNowJob extends QuartzJobBean {

    static final String NAME = "runNow";
    static final String REQUEST_ID = "request";

    private static final Logger log = LoggerFactory.getLogger(RunNowJob.class);

    private final ReportJobs jobs;

    RunNowJob(ReportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        JobRequest request = request(context.getMergedJobDataMap());
        if (context.isRecovering()) {
            log.warn(Messages.text("log.cluster.resuming", request));
        }
        try {
            JobSummary s = jobs.run(request);
            log.info(Messages.text("log.cluster.ended", request, String.valueOf(s.id()), s.status(), s.written(),
                    s.skipped(), s.mailed(), s.failed() ? " (" + s.failure() + ")" : ""));
        } catch (RuntimeException e) {
            log.error(Messages.text("log.cluster.failed", request, e.getMessage()), e);
        }
    }

    /** The trigger's data for a request; {@code id} lets the one who asked wait for it. */
    static Map<String, String> data(String id, JobRequest r) {
        return Map.of(REQUEST_ID, id, "job", r.job(),
                "asOf", r.asOf() == null ? "" : r.asOf().toString(),
                "period", r.period() == null ? "" : r.period().toString(),
                "calendar", r.calendar() == null ? "" : r.calendar().id(),
                "force", Boolean.toString(r.force()),
                "run", Long.toString(r.run().toEpochMilli()));
    }

    static JobRequest request(JobDataMap data) {
        String asOf = data.getString("asOf");
        String period = data.getString("period");
        String calendar = data.getString("calendar");
        return new JobRequest(data.getString("job"), asOf.isEmpty() ? null : LocalDate.parse(asOf),
                period.isEmpty() ? null : Period.parse(period),
                calendar.isEmpty() ? null : PeriodCalendar.fromId(calendar),
                Boolean.parseBoolean(data.getString("force")), Instant.ofEpochMilli(Long.parseLong(data.getString("run"))));
    }
}
