package vn.coordreport.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.quartz.CronTrigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The schedules as configured, with their next fire times and whether Quartz's tables hold their triggers, read
 * without a scheduler: the {@code schedules} command starts lean and gets only this of the module
 * ({@code LeanStart}), as it gets only the services of the other modules that it uses.
 */
@Service
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduleList {

    private static final String REGISTERED = """
            select trigger_name
            from qrtz_triggers
            where sched_name = :scheduler and trigger_group = :group
            """;

    private final ScheduleProperties properties;
    private final ZoneId zone;
    private final JdbcClient jdbc;
    private final String scheduler;

    /** {@code scheduler}: the name Quartz's rows carry, Spring Boot's (the scheduler's bean name) unless configured. */
    ScheduleList(ScheduleProperties properties, @Value("${coordreport.time-zone}") ZoneId zone, JdbcClient jdbc,
            @Value("${spring.quartz.scheduler-name:quartzScheduler}") String scheduler) {
        this.properties = properties;
        this.zone = zone;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
    }

    /** Every configured schedule with its next {@code count} fire times. */
    public List<ScheduleView> list(int count) {
        Set<String> registered = Set.copyOf(jdbc.sql(REGISTERED).param("scheduler", scheduler)
                .param("group", ScheduleRegistrar.GROUP).query(String.class).list());
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
            views.add(new ScheduleView(definition.name(), definition.runs(),
                    definition.enabled() ? definition.cron() : "", zone.getId(), registered.contains(definition.name()),
                    next));
        }
        return views;
    }
}
