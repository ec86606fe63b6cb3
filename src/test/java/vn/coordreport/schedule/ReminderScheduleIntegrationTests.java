package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.ingest.Importer;
import vn.coordreport.pipeline.MailServer;
import vn.coordreport.support.IntegrationTest;

/**
 * The deliveries schedule's Quartz trigger, firing every second here
 * ({@code coordreport.schedule.deliveries}), queues and sends the reminders to
 * send a period's data: on Monday 14/12/2026, two working days before 2026-H2's
 * data is due, each agency that has sent nothing gets one mail, however often
 * the trigger fires.
 */
@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=ReminderScheduleIntegrationTests",
        "coordreport.schedule.deliveries=* * * * * ?", "coordreport.schedule.nightly=",
        "coordreport.schedule.close-h1=", "coordreport.schedule.close-9m=", "coordreport.schedule.close-h2=",
        "coordreport.schedule.close-year="})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderScheduleIntegrationTests {

    static final int PORT = freePort();
    static GreenMail greenMail;

    @TestConfiguration
    static class Monday14December {

        @Bean
        @Primary
        Clock monday14December() {
            return Clock.fixed(Instant.parse("2026-12-14T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Schedules schedules;

    @Autowired
    Scheduler scheduler;

    private final AtomicInteger fires = new AtomicInteger();

    @BeforeAll
    void twoAgenciesThatSentNothing(@TempDir Path temp, @Autowired Importer importer) throws Exception {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Path catalogue = Files.createDirectories(temp.resolve("catalogue"));
        Files.writeString(catalogue.resolve("agencies.csv"), """
                code,name,province,contact_email
                SNV-TN,Sở Ngoại vụ,Tây Ninh,vanthu@sngv.example.org
                CA-TN,Công an tỉnh,Tây Ninh,vanphong@congan.example.org
                """);
        Files.writeString(catalogue.resolve("agreements.csv"), """
                code,title,province,signed_on,parties
                02/QCPH-SNV-CA,Quy chế phối hợp hai bên,Tây Ninh,2026-01-05,SNV-TN;CA-TN
                """);
        assertThat(importer.importPath(catalogue, false).problemLines()).isEmpty();
        scheduler.getListenerManager().addJobListener(new FireCounter(),
                KeyMatcher.keyEquals(JobKey.jobKey(ScheduleDefinition.DELIVERIES, ScheduleRegistrar.GROUP)));
    }

    @AfterAll
    void stopSchedulerAndSmtp() {
        schedules.stop();
        greenMail.stop();
    }

    @Test
    void theTriggerSendsEachReminderOnceHoweverOftenItFires() {
        // when the scheduler runs, as on a serving node
        schedules.start();

        // then the reminders arrive, one for each agency
        Awaitility.await("the reminders of the first fires").atMost(Duration.ofMinutes(2))
                .until(() -> greenMail.getReceivedMessages().length >= 2);
        int firesWhenSent = fires.get();
        // and two more fires send nothing more
        Awaitility.await("two more fires of the trigger").atMost(Duration.ofMinutes(2))
                .until(() -> fires.get() >= firesWhenSent + 2);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::recipient))
                .containsExactlyInAnyOrder("vanthu@sngv.example.org", "vanphong@congan.example.org");
        assertThat(greenMail.getReceivedMessages()).allSatisfy(mail -> assertThat(mail.getSubject())
                .isEqualTo("Nhắc gửi số liệu 6 tháng cuối năm 2026 theo Quy chế phối hợp số 02/QCPH-SNV-CA"));
    }

    /** Counts the deliveries job's completed fires. */
    private final class FireCounter implements JobListener {

        @Override
        public String getName() {
            return "reminder-test-fires";
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
            fires.incrementAndGet();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
