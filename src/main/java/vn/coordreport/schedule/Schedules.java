package vn.coordreport.schedule;

import java.time.ZoneId;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.messages.DateFormats;
import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobRequest;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;

/**
 * The module's façade: run the scheduler ({@link ScheduleList} lists the schedules), and run a job
 * now through the cluster so that it is recovered if its node dies.
 */
@Service
public class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final ScheduleProperties properties;
    private final ZoneId zone;
    private final ScheduleList schedules;
    private final ReportJobs jobs;
    private final ClusterNodes nodes;
    private final TransactionOperations transactions;
    private final JdbcClient jdbc;

    Schedules(Scheduler scheduler, ScheduleProperties properties, @Value("${coordreport.time-zone}") ZoneId zone,
            ScheduleList schedules, ReportJobs jobs, ClusterNodes nodes, PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.zone = zone;
        this.schedules = schedules;
        this.jobs = jobs;
        this.nodes = nodes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /**
     * Runs a job now and returns its outcome. On a serving node (the
     * scheduler is firing) it is handed to the cluster as a one-shot trigger:
     * any node may run it, and if that node dies another resumes it; this call
     * waits for its end. Elsewhere (a command) it runs in this thread.
     *
     * @throws IllegalArgumentException when the request may not run (a close before its grace days)
     */
    public JobSummary run(JobRequest request) {
        return "STARTED".equals(state()) ? RunNow.handOver(scheduler, jobs, nodes, request) : jobs.run(request);
    }

    /**
     * Hands a job to the serving nodes of the cluster on this database and
     * waits for its end, for a command's {@code --cluster}.
     *
     * @throws IllegalArgumentException when no serving node is alive, or the request may not run
     */
    public JobSummary runOnCluster(JobRequest request) {
        if (nodes.alive().isEmpty()) {
            throw new IllegalArgumentException(Messages.text("schedule.noNode"));
        }
        return RunNow.handOver(scheduler, jobs, nodes, request);
    }

    /** Registers the configured schedules (idempotently) and starts firing them. */
    public void start() {
        try {
            ScheduleRegistrar.register(scheduler, properties.definitions().values(), zone, transactions, jdbc);
            scheduler.start();
            log.info(Messages.text("log.scheduler.started", scheduler.getSchedulerName(),
                    scheduler.getSchedulerInstanceId(), JobNames.NIGHTLY, JobNames.PERIOD_CLOSE));
            schedules.list(1).forEach(s -> log.info(Messages.text("log.scheduler.next", s.trigger(), s.cron(), s.zone(),
                    s.next().isEmpty() ? Messages.text("log.scheduler.never")
                            : DateFormats.DAY_TIME.format(s.next().get(0)))));
        } catch (SchedulerException e) {
            throw new IllegalStateException(Messages.text("schedule.cannotStart", String.valueOf(e.getMessage())), e);
        }
    }

    /** How long a stopping node lets the jobs it runs finish before Quartz's job store closes. */
    private static final java.time.Duration FINISHING = java.time.Duration.ofSeconds(10);

    /**
     * On shutdown (this bean goes before the scheduler it uses), lets the jobs this node is running finish, for a
     * few seconds, before Quartz closes its job store: a delivery run that ended just after a SIGTERM found the store
     * closed, and Quartz logged an ERROR ("JobStore is shutdown - aborting retry", seen once in ServeStopIT), the
     * fire's completion unrecorded. A longer job (a close) is left, as before, to the node that takes it over.
     * Standby does not stop a fire the scheduler's thread has already taken (it waits for the trigger's time, then
     * hands the job over, after the pool has begun to close: "LastJob", the same ERROR seen again): so no job must be
     * running for {@link #QUIET} on end, which a fire every second (ServeStopIT's) never leaves unseen.
     */
    @jakarta.annotation.PreDestroy
    void letRunningJobsFinish() throws InterruptedException {
        try {
            if (!scheduler.isStarted() || scheduler.isShutdown()) {
                return;
            }
            scheduler.standby();
            long until = System.nanoTime() + FINISHING.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < until && System.nanoTime() - quietSince < QUIET.toNanos()) {
                if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
                    quietSince = System.nanoTime();
                }
                Thread.sleep(50);
            }
        } catch (SchedulerException e) {
            log.warn(e.getMessage());
        }
    }

    /** How long no job must run, after standby, before the scheduler may close. */
    private static final java.time.Duration QUIET = java.time.Duration.ofMillis(1500);

    /** Stops firing; a job that is running finishes. */
    public void stop() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The scheduler's state: {@code STARTED} (firing), {@code STANDBY} (not firing) or {@code SHUTDOWN}. */
    public String state() {
        try {
            if (scheduler.isShutdown()) {
                return "SHUTDOWN";
            }
            return scheduler.isInStandbyMode() || !scheduler.isStarted() ? "STANDBY" : "STARTED";
        } catch (SchedulerException e) {
            return "SHUTDOWN";
        }
    }
}
