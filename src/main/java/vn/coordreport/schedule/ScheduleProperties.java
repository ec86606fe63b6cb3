package vn.coordreport.schedule;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schedules, as Quartz cron expressions (seconds first) in
 * {@code coordreport.time-zone}. An empty expression switches a schedule off.
 * The close schedules fire a few days after the Decree 09 cut-offs (14 June,
 * 14 September, 14 December) and close the latest period of their kind that
 * has ended by then. The deliveries schedule sends the mails that are due:
 * those whose retry time has come after a transient SMTP failure.
 */
@ConfigurationProperties("coordreport.schedule")
record ScheduleProperties(
        @DefaultValue("0 30 1 * * ?") String nightly,
        @DefaultValue("0 0 2 20 6 ?") String closeH1,
        @DefaultValue("0 0 2 20 9 ?") String close9m,
        @DefaultValue("0 0 2 20 12 ?") String closeH2,
        @DefaultValue("0 0 3 20 12 ?") String closeYear,
        @DefaultValue("0 */10 * * * ?") String deliveries) {

    /** Trigger name to definition, the nightly first. */
    Map<String, ScheduleDefinition> definitions() {
        Map<String, ScheduleDefinition> all = new LinkedHashMap<>();
        all.put("nightly", new ScheduleDefinition("nightly", nightly, ScheduleDefinition.NIGHTLY, null));
        all.put("close-h1", new ScheduleDefinition("close-h1", closeH1, ScheduleDefinition.CLOSE, "H1"));
        all.put("close-9m", new ScheduleDefinition("close-9m", close9m, ScheduleDefinition.CLOSE, "9M"));
        all.put("close-h2", new ScheduleDefinition("close-h2", closeH2, ScheduleDefinition.CLOSE, "H2"));
        all.put("close-year", new ScheduleDefinition("close-year", closeYear, ScheduleDefinition.CLOSE, "YEAR"));
        all.put("deliveries", new ScheduleDefinition("deliveries", deliveries, ScheduleDefinition.DELIVERIES, null));
        return all;
    }
}
