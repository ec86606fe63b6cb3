package vn.coordreport.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.coordreport.pipeline.ReportJobs;

/** The module's façade: run the scheduler, list the schedules. */
@Service
public class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final ScheduleProperties properties;
    private final ZoneId zone;

    Schedules(Scheduler scheduler, ScheduleProperties properties, @Value("${coordreport.time-zone}") ZoneId zone) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.zone = zone;
    }

    /** Registers the configured schedules (idempotently) and starts firing them. */
    public void start() {
        try {
            ScheduleRegistrar.register(scheduler, properties.definitions().values(), zone);
            scheduler.start();
            log.info("scheduler {} ({}) started; jobs {} and {}", scheduler.getSchedulerName(),
                    scheduler.getSchedulerInstanceId(), ReportJobs.NIGHTLY, ReportJobs.PERIOD_CLOSE);
            list(1).forEach(s -> log.info("schedule {}: '{}' ({}), next {}", s.trigger(), s.cron(), s.zone(),
                    s.next().isEmpty() ? "never" : s.next().get(0)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler cannot start: " + e.getMessage(), e);
        }
    }

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

    /** Every configured schedule with its next fire times. */
    public List<ScheduleView> list(int count) {
        List<ScheduleView> views = new ArrayList<>();
        for (ScheduleDefinition definition : properties.definitions().values()) {
            List<ZonedDateTime> next = new ArrayList<>();
            if (definition.enabled()) {
                CronTrigger trigger = ScheduleRegistrar.trigger(definition, zone);
                Date at = trigger.getFireTimeAfter(new Date());
                while (at != null && next.size() < count) {
                    next.add(at.toInstant().atZone(zone));
                    at = trigger.getFireTimeAfter(at);
                }
            }
            views.add(new ScheduleView(definition.name(), definition.job().equals(ScheduleDefinition.NIGHTLY)
                    ? ReportJobs.NIGHTLY : ReportJobs.PERIOD_CLOSE, definition.enabled() ? definition.cron() : "",
                    zone.getId(), registered(definition.name()), next));
        }
        return views;
    }

    private boolean registered(String name) {
        try {
            return scheduler.checkExists(TriggerKey.triggerKey(name, ScheduleRegistrar.GROUP));
        } catch (SchedulerException e) {
            return false;
        }
    }
}
