package vn.coordreport.schedule;

import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobRequest;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;

/**
 * A job handed to the cluster: a one-shot trigger of {@link RunNowJob}
 * carrying the request, then a wait for its end. The wait ends when no
 * trigger of the request is left (the one-shot trigger stays while its job
 * runs, and a node that recovers it replaces it by a recovery trigger in the
 * same transaction) and its job instance's latest execution is then read.
 */
final class RunNow {

    static final Duration POLL = Duration.ofMillis(250);

    /** How long the wait goes on while the request waits and no serving node is alive. */
    static final Duration NOBODY_THERE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(RunNow.class);

    private RunNow() {
    }

    static JobSummary handOver(Scheduler scheduler, ReportJobs jobs, ClusterNodes nodes, JobRequest request) {
        jobs.check(request);
        String id = UUID.randomUUID().toString();
        Trigger trigger = newTrigger().withIdentity("run-now-" + id, ScheduleRegistrar.GROUP)
                .forJob(RunNowJob.NAME, ScheduleRegistrar.GROUP)
                .withDescription(request.toString())
                .usingJobData(new JobDataMap(RunNowJob.data(id, request)))
                .startAt(Date.from(request.run()))
                .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException(Messages.text("schedule.handOverFailed", request.job(),
                    String.valueOf(e.getMessage())), e);
        }
        log.info(Messages.text("log.cluster.handedOver", request, trigger.getKey().getName()));
        return await(scheduler, jobs, nodes, request, id);
    }

    private static JobSummary await(Scheduler scheduler, ReportJobs jobs, ClusterNodes nodes, JobRequest request,
            String id) {
        long nobodySince = 0;
        while (true) {
            sleep(request);
            // the trigger first: once it is gone, the execution read after it is the one it ended with
            if (!pending(scheduler, id)) {
                return jobs.latest(request).orElseThrow(() -> new IllegalStateException(
                        Messages.text("schedule.noExecution", request.job())));
            }
            if (!nodes.alive().isEmpty()) {
                nobodySince = 0;
            } else if (nobodySince == 0) {
                nobodySince = System.nanoTime();
            } else if (System.nanoTime() - nobodySince > NOBODY_THERE.toNanos()) {
                throw new IllegalStateException(Messages.text("schedule.nobodyThere", request.job()));
            }
        }
    }

    /** Whether a trigger of this request (its own, or a node's recovery trigger) is still there. */
    private static boolean pending(Scheduler scheduler, String id) {
        try {
            for (Trigger t : scheduler.getTriggersOfJob(JobKey.jobKey(RunNowJob.NAME, ScheduleRegistrar.GROUP))) {
                if (id.equals(t.getJobDataMap().getString(RunNowJob.REQUEST_ID))) {
                    return true;
                }
            }
            return false;
        } catch (SchedulerException e) {
            throw new IllegalStateException(Messages.text("schedule.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    private static void sleep(JobRequest request) {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Messages.text("schedule.stoppedWaiting", request.job()), e);
        }
    }
}
