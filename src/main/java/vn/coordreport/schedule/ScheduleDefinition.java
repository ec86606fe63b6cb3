package vn.coordreport.schedule;

import vn.coordreport.pipeline.JobNames;

/**
 * One schedule: a trigger name, its cron expression (blank: off), the Quartz
 * job it fires and, for a close, which kind of period it closes.
 */
record ScheduleDefinition(String name, String cron, String job, String periodKind) {

    static final String NIGHTLY = "nightlyReports";
    static final String CLOSE = "periodClose";
    static final String DELIVERIES = "deliveries";

    /** What a fire runs, as {@code schedules} and the web page show it: a Batch job's name, or the deliveries. */
    String runs() {
        return switch (job) {
            case NIGHTLY -> JobNames.NIGHTLY;
            case CLOSE -> JobNames.PERIOD_CLOSE;
            default -> DELIVERIES;
        };
    }

    String description() {
        return switch (job) {
            case NIGHTLY -> "nightly drafts";
            case DELIVERIES -> "mail the deliveries that are due (retries after back-off)";
            default -> "close of the latest " + periodKind + " period";
        };
    }

    boolean enabled() {
        return cron != null && !cron.isBlank();
    }
}
