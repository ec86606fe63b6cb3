package vn.coordreport.schedule;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.ZoneId;
import java.util.Collection;
import java.util.TimeZone;

import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import vn.coordreport.messages.Messages;

/**
 * Puts the schedules into Quartz's tables, idempotently and safely when two
 * nodes start at once: in one transaction that first takes a PostgreSQL
 * advisory lock, Quartz's job store working on the transaction's connection,
 * so that a node starting beside another finds what the other stored rather
 * than storing it too (outside a transaction Quartz's own row lock is released
 * at once, and both inserted the jobs: "duplicate key ... qrtz_job_details").
 * The report jobs (and the one-shot runs of
 * {@link RunNowJob}) request recovery: when the node running one dies, the
 * node that notices re-fires it with the same scheduled time, and so resumes
 * the same Batch job instance. A trigger whose definition is unchanged is left alone,
 * so its next fire time survives a restart and a fire missed during downtime
 * still runs (once: fire-and-proceed); a changed one is replaced by key; a
 * switched-off one is removed.
 */
final class ScheduleRegistrar {

    static final String GROUP = "coordreport";

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private ScheduleRegistrar() {
    }

    /** The advisory lock of the registration: one key for every node of a database. */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended('coordreport.schedules', 0))";

    static void register(Scheduler scheduler, Collection<ScheduleDefinition> definitions, ZoneId zone,
            TransactionOperations transactions, JdbcClient jdbc) throws SchedulerException {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql(LOCK).query().listOfRows();
                try {
                    store(scheduler, definitions, zone);
                } catch (SchedulerException e) {
                    throw new Stored(e);
                }
            });
        } catch (Stored e) {
            throw e.cause;
        }
    }

    /** A {@link SchedulerException} carried out of the transaction, which rolls back on it. */
    private static final class Stored extends RuntimeException {

        private final SchedulerException cause;

        Stored(SchedulerException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static void store(Scheduler scheduler, Collection<ScheduleDefinition> definitions, ZoneId zone)
            throws SchedulerException {
        scheduler.addJob(newJob(ScheduledReportJob.class).withIdentity(ScheduleDefinition.NIGHTLY, GROUP)
                .storeDurably().requestRecovery().build(), true);
        scheduler.addJob(newJob(ScheduledReportJob.class).withIdentity(ScheduleDefinition.CLOSE, GROUP)
                .storeDurably().requestRecovery().build(), true);
        scheduler.addJob(newJob(RunNowJob.class).withIdentity(RunNowJob.NAME, GROUP)
                .storeDurably().requestRecovery().build(), true);
        scheduler.addJob(newJob(ScheduledDeliveries.class).withIdentity(ScheduleDefinition.DELIVERIES, GROUP)
                .storeDurably().build(), true);
        for (ScheduleDefinition definition : definitions) {
            TriggerKey key = TriggerKey.triggerKey(definition.name(), GROUP);
            Trigger existing = scheduler.getTrigger(key);
            if (!definition.enabled()) {
                if (existing != null && scheduler.unscheduleJob(key)) {
                    log.info(Messages.text("log.schedule.off", definition.name()));
                }
                continue;
            }
            CronTrigger wanted = trigger(definition, zone);
            if (existing instanceof CronTrigger current && same(current, wanted)) {
                continue;
            }
            if (existing != null) {
                scheduler.rescheduleJob(key, wanted);
                log.info(Messages.text("log.schedule.changed", definition.name(), definition.cron(), zone));
            } else {
                try {
                    scheduler.scheduleJob(wanted);
                    log.info(Messages.text("log.schedule.registered", definition.name(), definition.cron(), zone));
                } catch (ObjectAlreadyExistsException e) {
                    log.debug("schedule {} was registered by another node meanwhile", definition.name());
                }
            }
        }
    }

    static CronTrigger trigger(ScheduleDefinition definition, ZoneId zone) {
        TriggerBuilder<Trigger> builder = newTrigger()
                .withIdentity(definition.name(), GROUP)
                .forJob(JobKey.jobKey(definition.job(), GROUP))
                .withDescription(definition.description());
        if (definition.periodKind() != null) {
            builder = builder.usingJobData(ScheduledReportJob.PERIOD_KIND, definition.periodKind());
        }
        try {
            return builder.withSchedule(cronSchedule(definition.cron())
                    .inTimeZone(TimeZone.getTimeZone(zone))
                    .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.text("config.cron", definition.name(), definition.cron(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean same(CronTrigger current, CronTrigger wanted) {
        return current.getCronExpression().equals(wanted.getCronExpression())
                && current.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && current.getMisfireInstruction() == wanted.getMisfireInstruction()
                && current.getJobKey().equals(wanted.getJobKey())
                && current.getJobDataMap().equals(wanted.getJobDataMap());
    }
}
