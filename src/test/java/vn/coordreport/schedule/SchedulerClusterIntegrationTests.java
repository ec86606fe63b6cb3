package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.support.IntegrationTest;

/**
 * Two scheduler nodes on one database, as two {@code serve} processes would
 * be: a fire runs on one of them only; and a node that was down when fires
 * were due runs the missed ones once.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=SchedulerClusterIntegrationTests")
class SchedulerClusterIntegrationTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportJobs jobs;

    @Autowired
    JobHistory history;

    private final List<SchedulerFactoryBean> nodes = new java.util.ArrayList<>();

    @AfterEach
    void shutDown() throws Exception {
        for (SchedulerFactoryBean node : nodes) {
            node.destroy();
        }
    }

    @Test
    void twoNodesFireATriggerOnce() throws Exception {
        // given two clustered nodes that both register a trigger firing once, four seconds from now
        Scheduler a = node("node-a");
        Scheduler b = node("node-b");
        ZonedDateTime at = ZonedDateTime.now(ZONE).plusSeconds(4).withNano(0);
        ScheduleDefinition once = new ScheduleDefinition("nightly", cronAt(at), ScheduleDefinition.NIGHTLY, null);
        register(a, List.of(once));
        register(b, List.of(once));

        // when both run past the fire time
        a.start();
        b.start();

        // then the nightly job runs, and until six seconds past the fire time it has run once
        Awaitility.await("the nightly job run").atMost(Duration.between(at).plusSeconds(60))
                .until(() -> nightlyRuns().stream().anyMatch(s -> s.status().equals("COMPLETED")));
        Awaitility.await("no second run of the fire").during(atLeastASecond(Duration.between(at.plusSeconds(6))))
                .atMost(Duration.between(at.plusSeconds(8)).plusSeconds(2)).until(() -> nightlyRuns().size() == 1);
        assertThat(nightlyRuns()).hasSize(1).allSatisfy(s -> assertThat(s.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void firesMissedDuringDowntimeRunOnce() throws Exception {
        // given a node that is down (in standby) while three fires fall due
        Scheduler a = node("node-c");
        // (three fires within one minute: a cron expression's seconds cannot run into the next)
        Awaitility.await("a minute with three seconds left").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ZonedDateTime.now(ZONE).plusSeconds(2).getSecond() <= 55);
        ZonedDateTime first = ZonedDateTime.now(ZONE).plusSeconds(2).withNano(0);
        String cron = first.getSecond() + "," + (first.getSecond() + 1) + "," + (first.getSecond() + 2) + " "
                + first.getMinute() + " " + first.getHour() + " " + first.getDayOfMonth() + " " + first.getMonthValue()
                + " ? " + first.getYear();
        register(a, List.of(new ScheduleDefinition("downtime", cron, ScheduleDefinition.NIGHTLY, null)));
        int before = nightlyRuns().size();
        ZonedDateTime missed = first.plusSeconds(2 + 3); // the last fire, and the misfire threshold well passed
        Awaitility.await("the three fires missed").atMost(Duration.between(missed).plusSeconds(2))
                .until(() -> ZonedDateTime.now(ZONE).isAfter(missed));

        // when it comes back
        a.start();

        // then the missed fires run once, not three times
        Awaitility.await("the missed fires run").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> nightlyRuns(), runs -> runs.size() > before && runs.get(0).status().equals("COMPLETED"));
        Awaitility.await("no second run of the missed fires").during(java.time.Duration.ofSeconds(3))
                .atMost(java.time.Duration.ofSeconds(5)).until(() -> nightlyRuns().size() == before + 1);
        assertThat(nightlyRuns()).hasSize(before + 1);
    }

    @Test
    void twoNodesStartingAtOnceStoreTheSchedulesOnce() throws Exception {
        // given two nodes of an empty job store (as two serve processes started together on a new database)
        Scheduler a = node("node-d");
        Scheduler b = node("node-e");
        ScheduleDefinition nightly = new ScheduleDefinition("nightly", "0 0 2 * * ?", ScheduleDefinition.NIGHTLY, null);
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                jdbc().sql("delete from qrtz_cron_triggers where sched_name = 'coordreport-cluster-test'").update();
                jdbc().sql("delete from qrtz_triggers where sched_name = 'coordreport-cluster-test'").update();
                jdbc().sql("delete from qrtz_job_details where sched_name = 'coordreport-cluster-test'").update();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);

                // when both register the schedules at the same moment
                List<java.util.concurrent.Future<Object>> done = both.invokeAll(List.of(
                        () -> {
                            start.await();
                            register(a, List.of(nightly));
                            return null;
                        }, () -> {
                            start.await();
                            register(b, List.of(nightly));
                            return null;
                        }));

                // then neither fails ("duplicate key ... qrtz_job_details"), and each job and trigger is stored once
                for (java.util.concurrent.Future<Object> node : done) {
                    node.get();
                }
                assertThat(jdbc().sql("select count(*) from qrtz_job_details where sched_name = 'coordreport-cluster-test'")
                        .query(Long.class).single()).as("round " + round).isEqualTo(4);
                assertThat(jdbc().sql("select count(*) from qrtz_triggers where sched_name = 'coordreport-cluster-test'")
                        .query(Long.class).single()).as("round " + round).isEqualTo(1);
            }
        } finally {
            both.shutdownNow();
        }
    }

    /** Registers the schedules as {@link Schedules#start} does. */
    private void register(Scheduler node, List<ScheduleDefinition> definitions) throws Exception {
        ScheduleRegistrar.register(node, definitions, ZONE,
                new org.springframework.transaction.support.TransactionTemplate(transactionManager), jdbc());
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
    }

    private List<JobSummary> nightlyRuns() {
        return history.executions(100).stream().filter(s -> s.jobName().equals(JobNames.NIGHTLY)).toList();
    }

    private static String cronAt(ZonedDateTime at) {
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " "
                + at.getMonthValue() + " ? " + at.getYear();
    }

    /** A clustered node as serve configures it (application.properties), with its own instance id. */
    private Scheduler node(String instanceId) throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName("coordreport-cluster-test");
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactionManager);
        SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
        jobFactory.setApplicationContext(context);
        factory.setJobFactory(jobFactory);
        factory.setApplicationContext(context);
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        quartz.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        factory.setQuartzProperties(quartz);
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        nodes.add(factory);
        return factory.getScheduler();
    }

    private static java.time.Duration atLeastASecond(java.time.Duration duration) {
        return duration.compareTo(java.time.Duration.ofSeconds(1)) < 0 ? java.time.Duration.ofSeconds(1) : duration;
    }

    private static final class Duration {
        static java.time.Duration between(ZonedDateTime until) {
            java.time.Duration d = java.time.Duration.between(ZonedDateTime.now(ZONE), until);
            return d.isNegative() ? java.time.Duration.ZERO : d;
        }
    }
}
