package vn.coordreport.schedule;

import java.util.List;
import java.util.Optional;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.pipeline.JobNodes;

/**
 * The cluster as Quartz keeps it in {@code qrtz_scheduler_state}: a node is
 * alive while its last check-in is more recent than its check-in interval
 * plus the 7.5 s that Quartz itself allows before it recovers a node's jobs.
 */
@Component
class ClusterNodes implements JobNodes {

    /** Quartz's own grace beyond a node's check-in interval (JobStoreSupport.calcFailedIfAfter). */
    static final long GRACE_MILLIS = 7500;

    private static final String CHECK_INS = """
            select instance_name, last_checkin_time, checkin_interval
            from qrtz_scheduler_state
            where sched_name = :scheduler
            """;

    record CheckIn(String instanceName, long lastCheckinTime, long checkinInterval) {

        boolean fresh(long now) {
            return now <= lastCheckinTime + checkinInterval + GRACE_MILLIS;
        }
    }

    private final Scheduler scheduler;
    private final JdbcClient jdbc;

    ClusterNodes(Scheduler scheduler, JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> current() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() ? Optional.of(scheduler.getSchedulerInstanceId())
                    : Optional.empty();
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean alive(String node) {
        long now = System.currentTimeMillis();
        return checkIns().stream().anyMatch(c -> c.instanceName().equals(node) && c.fresh(now));
    }

    /** The nodes that are alive now. */
    List<String> alive() {
        long now = System.currentTimeMillis();
        return checkIns().stream().filter(c -> c.fresh(now)).map(CheckIn::instanceName).sorted().toList();
    }

    private List<CheckIn> checkIns() {
        try {
            return jdbc.sql(CHECK_INS).param("scheduler", scheduler.getSchedulerName()).query(CheckIn.class).list();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
