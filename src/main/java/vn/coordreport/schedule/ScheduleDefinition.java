package vn.coordreport.schedule;

/**
 * One schedule: a trigger name, its cron expression (blank: off), the Quartz
 * job it fires and, for a close, which kind of period it closes.
 */
record ScheduleDefinition(String name, String cron, String job, String periodKind) {

    static final String NIGHTLY = "nightlyReports";
    static final String CLOSE = "periodClose";
    static final String DELIVERIES = "deliveries";

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
