package vn.coordreport.schedule;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} health component: UP while Quartz fires the schedules,
 * UNKNOWN in standby (commands other than {@code serve}, or after a stop),
 * DOWN once shut down.
 */
@Component("scheduler")
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Schedules schedules;

    SchedulerHealthIndicator(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String state = schedules.state();
        Status status = switch (state) {
            case "STARTED" -> Status.UP;
            case "STANDBY" -> Status.UNKNOWN;
            default -> Status.DOWN;
        };
        builder.status(status).withDetail("state", state);
    }
}
