package vn.coordreport.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * A job's progress in reports (done / total, ETA): a progress bar on a
 * terminal, progress lines in the log otherwise. Listens to the job (to know
 * the total) and to its rendering steps (one report done per item processed,
 * rendered or skipped); partitions running in parallel share one count.
 */
class ReportProgress implements JobExecutionListener, ItemProcessListener<ReportItem, Object> {

    private final String jobName;
    private final ToIntFunction<JobParameters> total;
    private final JobsProperties properties;
    private final Map<Long, ProgressDisplay> running = new ConcurrentHashMap<>();

    ReportProgress(String jobName, ToIntFunction<JobParameters> total, JobsProperties properties) {
        this.jobName = jobName;
        this.total = total;
        this.properties = properties;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        int reports = total.applyAsInt(execution.getJobParameters());
        running.put(execution.getId(), System.console() != null ? ProgressDisplay.bar(jobName, reports)
                : ProgressDisplay.log(jobName, reports, properties.progressEveryReports(),
                        Duration.ofSeconds(properties.progressEverySeconds())));
    }

    @Override
    public void afterProcess(ReportItem item, Object result) {
        var context = StepSynchronizationManager.getContext();
        ProgressDisplay display = context == null ? null : running.get(context.getStepExecution().getJobExecutionId());
        if (display != null) {
            display.step();
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        ProgressDisplay display = running.remove(execution.getId());
        if (display != null) {
            display.close(execution.getStatus().toString());
        }
    }
}
