package vn.coordreport.pipeline;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The module's façade for running the Batch jobs, used by the command line,
 * the pages and the scheduler: start the nightly drafts or a period's close,
 * restart a failed execution. Jobs run in the caller's thread; a failed job
 * comes back as a summary whose status says so, not as an exception. What ran
 * is listed by {@link JobHistory}.
 */
@Service
public class ReportJobs {

    /** A day in a refusal, as the reader writes it. */

    /** The request or fire time, to the millisecond: each run is a new job instance. */
    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final JobOperator operator;
    private final JobRepository repository;
    /** Looked up when one runs: a command that only lists executions builds no job, and so no report engine. */
    private final ObjectProvider<Job> jobs;
    private final ReportScope scope;
    private final JobsProperties properties;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private final JobOwners owners;
    private final JobHistory history;

    ReportJobs(JobOperator operator, JobRepository repository, ObjectProvider<Job> jobs, ReportScope scope,
            JobsProperties properties, Clock clock, PipelineMetrics metrics, JobOwners owners, JobHistory history) {
        this.history = history;
        this.metrics = metrics;
        this.owners = owners;
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs;
        this.scope = scope;
        this.properties = properties;
        this.clock = clock;
    }

    private Job job(String name) {
        return jobs.stream().filter(job -> job.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no job named " + name));
    }

    /** The drafts of every agreement in effect on the day (today when null), requested now. */
    public JobSummary startNightly(LocalDate asOfOrNull) {
        return run(nightlyNow(asOfOrNull));
    }

    /** The drafts as of a day; {@code run} (the fire or request time) makes each run a new job instance. */
    public JobSummary startNightly(LocalDate asOf, Instant run) {
        return run(JobRequest.nightly(asOf, run));
    }

    /** Closes a period now; see {@link #closePeriod(Period, PeriodCalendar, boolean, Instant)}. */
    public JobSummary closePeriod(Period period, PeriodCalendar calendarOrNull, boolean force) {
        return run(closeNow(period, calendarOrNull, force));
    }

    /**
     * The finals of a period, archived and mailed.
     *
     * @param calendarOrNull null for each agreement's own calendar, else the deployment's
     * @param force          close even before the cut-off and the grace days have passed
     * @throws IllegalArgumentException when the period may not be closed yet (and not forced)
     */
    public JobSummary closePeriod(Period period, PeriodCalendar calendarOrNull, boolean force, Instant run) {
        return run(JobRequest.close(period, calendarOrNull, force, run));
    }

    /** The nightly drafts as of the day (today when null), requested now. */
    public JobRequest nightlyNow(LocalDate asOfOrNull) {
        return JobRequest.nightly(asOfOrNull != null ? asOfOrNull : LocalDate.now(clock), clock.instant());
    }

    /** The close of a period, requested now. */
    public JobRequest closeNow(Period period, PeriodCalendar calendarOrNull, boolean force) {
        return JobRequest.close(period, calendarOrNull, force, clock.instant());
    }

    /**
     * Refuses a request that may not run: drafts as of a day to come, a close
     * before its period's cut-off and grace days (unless forced), a close of a
     * period not begun (even forced).
     *
     * @throws IllegalArgumentException saying why, and since when it may run
     */
    public void check(JobRequest request) {
        LocalDate today = LocalDate.ofInstant(request.run(), clock.getZone());
        if (request.asOf() != null && request.asOf().isAfter(today)) {
            throw new IllegalArgumentException(Messages.text("job.asOfAhead", DAY.format(request.asOf()),
                    DAY.format(today)));
        }
        if (request.period() == null) {
            return;
        }
        DateRange range = request.period().range(scope.calendar(request.calendar()));
        if (request.force() && range.from().isAfter(today)) {
            // forced early, a period not begun still has nothing: its finals would be numbered and issued empty
            throw new IllegalArgumentException(Messages.text("job.closeNotBegun", request.period().toString(),
                    DAY.format(range.from()), DAY.format(today)));
        }
        if (request.force()) {
            return;
        }
        LocalDate closable = closableOn(request.period(), request.calendar());
        if (today.isBefore(closable)) {
            // a period not begun is refused with --force too: the suggestion says from when it holds
            throw new IllegalArgumentException(Messages.text("job.closeTooEarly", request.period().toString(),
                    DAY.format(closable), DAY.format(range.to()), properties.closeGraceWorkingDays())
                    + (range.from().isAfter(today) ? Messages.text("job.closeTooEarly.notBegun", DAY.format(range.from()))
                            : ""));
        }
    }

    /**
     * Runs a request in this thread, or resumes it: the same request (same
     * job, parameters and time) is one job instance, so when it ran before, a
     * completed run is answered as it is, a failed or stopped one is restarted
     * where it stopped, and one still marked running is recovered and restarted
     * only when the process that ran it is gone (see {@link JobOwners}); a live
     * node's run is left alone.
     *
     * @throws IllegalArgumentException when the request may not run (see {@link #check})
     * @throws IllegalStateException    when a live node runs it, or the job's end could not be recorded
     */
    public JobSummary run(JobRequest request) {
        check(request);
        JobParameters parameters = parameters(request);
        JobInstance instance = repository.getJobInstance(request.job(), parameters);
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        return last == null ? start(request.job(), parameters) : resume(last);
    }

    /** The latest execution of a request's job instance, if it has started. */
    public Optional<JobSummary> latest(JobRequest request) {
        JobInstance instance = repository.getJobInstance(request.job(), parameters(request));
        return Optional.ofNullable(instance).map(repository::getLastJobExecution).map(history::reloaded);
    }

    private JobSummary resume(JobExecution last) {
        String name = last.getJobInstance().getJobName();
        if (last.getStatus() == BatchStatus.COMPLETED) {
            log.info(Messages.text("log.job.completedAlready", name, String.valueOf(last.getId())));
            return history.reloaded(last);
        }
        if (last.isRunning()) {
            Optional<JobOwners.Owner> known = owners.owner(last.getId());
            String owner = known.map(Object::toString).orElse("an unknown process");
            if (!owners.orphaned(last)) {
                throw new IllegalStateException(Messages.text("job.runningElsewhere", name, String.valueOf(last.getId()),
                        last.getStatus().name(), known.map(JobOwners.Owner::inWords)
                                .orElseGet(() -> Messages.text("job.unknownProcess"))));
            }
            log.warn(Messages.text("log.job.recovering", name, String.valueOf(last.getId()), last.getStatus(), owner));
            return restart(last.getId(), true);
        }
        log.info(Messages.text("log.job.resuming", name, String.valueOf(last.getId()), last.getStatus()));
        return restart(last.getId(), false);
    }

    private JobParameters parameters(JobRequest request) {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (request.job().equals(JobNames.NIGHTLY)) {
            builder.addLocalDate("asOf", request.asOf());
        } else {
            builder.addString("period", request.period().toString())
                    .addString("calendar", request.calendar() == null ? ReportScope.OWN_CALENDAR : request.calendar().id());
        }
        builder.addString("run", stamp(request.run()));
        if (request.job().equals(JobNames.PERIOD_CLOSE)) {
            builder.addString("forced", Boolean.toString(request.force()), false);
        }
        return builder.toJobParameters();
    }

    /**
     * The first day a period may be closed without {@code force}: after its cut-off and
     * {@code coordreport.jobs.close-grace-working-days} working days.
     */
    public LocalDate closableOn(Period period, PeriodCalendar calendarOrNull) {
        return ReportScope.closableFrom(period.range(scope.calendar(calendarOrNull)).to(),
                properties.closeGraceWorkingDays());
    }

    /** The period a close trigger of this kind ({@code H1}, {@code H2}, {@code 9M}, {@code YEAR}) closes on a day. */
    public Period periodToClose(String kind, LocalDate day) {
        return scope.latestEnded(kind, day);
    }

    /**
     * Closes the latest period of a kind ({@code H1}, {@code H2}, {@code 9M}, {@code YEAR}) that has ended by
     * the time given (a trigger's fire time), each agreement in its own calendar.
     */
    public JobSummary closeLatest(String kind, Instant run) {
        return closePeriod(periodToClose(kind, LocalDate.ofInstant(run, clock.getZone())), null, false, run);
    }

    /**
     * Restarts a failed or stopped execution: it continues where it stopped
     * (completed partitions and steps are not run again).
     *
     * @param recover also restart an execution still marked as running whose process is gone
     * @throws IllegalArgumentException for an unknown execution or one that cannot be restarted
     */
    public JobSummary restart(long executionId, boolean recover) {
        JobExecution execution = history.stored(executionId);
        if (execution == null) {
            throw new IllegalArgumentException(Messages.text("job.restart.unknown", String.valueOf(executionId)));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new IllegalArgumentException(Messages.text("job.restart.completed", String.valueOf(executionId)));
        }
        // an execution restarted (or recovered) already: its instance goes on in a later one, which Spring Batch
        // would refuse in English ("job execution already running")
        java.util.List<JobExecution> ofInstance = repository.getJobExecutions(execution.getJobInstance());
        JobExecution latest = ofInstance.stream().max(java.util.Comparator.comparingLong(JobExecution::getId))
                .orElse(execution);
        if (latest.getId() != execution.getId()) {
            throw new IllegalArgumentException(Messages.text("job.restart.superseded", String.valueOf(executionId),
                    String.valueOf(latest.getId()), latest.getStatus().name()));
        }
        if (execution.isRunning()) {
            if (!recover) {
                throw new IllegalArgumentException(Messages.text("job.restart.marked", String.valueOf(executionId),
                        execution.getStatus().name()));
            }
            // a process that still runs it would race the restart (Spring Batch then fails in English)
            Optional<JobOwners.Owner> running = owners.stillRunning(execution);
            if (running.isPresent()) {
                throw new IllegalArgumentException(Messages.text("job.restart.stillRunning", String.valueOf(executionId),
                        running.get().inWords()));
            }
            execution = operator.recover(execution);
        }
        try {
            return metrics.ended(history.reloaded(operator.restart(execution)));
        } catch (org.springframework.batch.core.launch.JobRestartException e) {
            Long started = owners.ended();
            if (started != null) {
                throw unrecorded(execution.getJobInstance().getJobName(), started, e);
            }
            throw new IllegalArgumentException(Messages.text("job.restart.refused", String.valueOf(executionId),
                    e.getMessage()), e);
        } catch (RuntimeException e) {
            throw unrecorded(execution.getJobInstance().getJobName(), owners.ended(), e);
        } finally {
            owners.ended();
        }
    }

    /**
     * Restarts the latest execution of a job if it failed or was stopped, or
     * if it is marked running but its process is gone (see {@link JobOwners}),
     * and returns its outcome; empty when there is nothing to restart.
     */
    public Optional<JobSummary> restartLastFailed(String jobName) {
        JobInstance last = repository.getLastJobInstance(jobName);
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = repository.getLastJobExecution(last);
        if (execution == null) {
            return Optional.empty();
        }
        boolean orphaned = owners.orphaned(execution);
        if (!orphaned && execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            return Optional.empty();
        }
        log.info(Messages.text(orphaned ? "log.job.restartingOrphaned" : "log.job.restarting", jobName,
                String.valueOf(execution.getId()), execution.getStatus()));
        return Optional.of(restart(execution.getId(), orphaned));
    }

    private JobSummary start(String name, JobParameters parameters) {
        try {
            JobExecution execution = operator.start(job(name), parameters);
            log.info(Messages.text("log.job.ended", name, String.valueOf(execution.getId()), execution.getStatus()));
            return metrics.ended(history.reloaded(execution));
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException(Messages.text("job.alreadyRunning", name, parameters.toString()), e);
        } catch (org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                | org.springframework.batch.core.launch.JobRestartException
                | org.springframework.batch.core.job.parameters.InvalidJobParametersException e) {
            throw new IllegalArgumentException(Messages.text("job.cannotStart", name, parameters.toString(),
                    e.getMessage()), e);
        } catch (RuntimeException e) {
            throw unrecorded(name, owners.ended(), e);
        } finally {
            owners.ended();
        }
    }

    /**
     * A job whose run threw rather than ended with a status: the job
     * repository itself failed, most often because the database went away, so
     * the execution may still be marked STARTED.
     */
    private static IllegalStateException unrecorded(String name, Long executionId, Exception e) {
        if (executionId == null) {
            return new IllegalStateException(Messages.text("job.couldNotStart", name, JobHistory.reason(e)), e);
        }
        // "Tác vụ periodCloseJob, lần chạy 4: ...": the fault scenarios find the execution and the command here
        return new IllegalStateException(Messages.text("job.unrecorded", name, String.valueOf(executionId),
                JobHistory.reason(e)), e);
    }

    private String stamp(Instant run) {
        return RUN_STAMP.format(run.atZone(clock.getZone()));
    }
}
