package vn.coordreport.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A schedule as the {@code schedules} command lists it.
 *
 * @param cron        the cron expression, empty when switched off
 * @param registered  whether Quartz's tables hold the trigger (after {@code serve} has started once)
 * @param next        the next fire times, in the schedule's zone
 */
public record ScheduleView(String trigger, String job, String cron, String zone, boolean registered,
        List<ZonedDateTime> next) {
}
