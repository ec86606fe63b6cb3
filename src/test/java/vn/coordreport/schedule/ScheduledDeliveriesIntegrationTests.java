package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.support.IntegrationTest;

/** Mail that could not go out when its final was issued goes out on the deliveries schedule once the server is back. */
@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=ScheduledDeliveriesIntegrationTests",
        "coordreport.schedule.deliveries=* * * * * ?", "coordreport.schedule.nightly=",
        "coordreport.schedule.close-h1=", "coordreport.schedule.close-9m=", "coordreport.schedule.close-h2=",
        "coordreport.schedule.close-year=", "coordreport.delivery.initial-backoff=1s"})
class ScheduledDeliveriesIntegrationTests {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Importer importer;

    @Autowired
    ReportJobs jobs;

    @Autowired
    ReportDelivery delivery;

    @Autowired
    Schedules schedules;

    @Autowired
    ScheduleList list;

    @Autowired
    vn.coordreport.issuing.Issuing issuing;

    @Autowired
    vn.coordreport.security.UserAccounts users;

    GreenMail greenMail;

    @AfterEach
    void stop() {
        schedules.stop();
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void mailsWaitingForTheServerGoOutOnTheDeliveriesSchedule(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        // given the 2021 final of Quảng Trị, closed and issued while the SMTP server is down
        importer.importPath(vn.coordreport.issuing.IssuingFixture.withSigners(
                Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        JobSummary close = jobs.closePeriod(Period.parse("2021"), null, true);
        assertThat(close.failed()).as(close.failure()).isFalse();
        vn.coordreport.issuing.IssueRun issued = vn.coordreport.issuing.IssuingFixture.issueAll(issuing, users, "2021");
        assertThat(issued.issued()).isEqualTo(1);
        assertThat(issued.deliveriesOrNull().retryLater()).isEqualTo(3);
        assertThat(delivery.list(null)).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo("PENDING"));

        assertThat(list.list(1)).filteredOn(s -> s.trigger().equals("deliveries")).singleElement()
                .satisfies(s -> assertThat(s.job()).isEqualTo("deliveries"));

        // when the server comes back and the scheduler runs
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        schedules.start();

        // then each recipient gets the report once, with no new close
        List<DeliveryRecord> ledger = Awaitility.await("every delivery sent").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> delivery.list(null), l -> l.stream().allMatch(r -> r.status().equals("SENT")));
        assertThat(recipients(greenMail.getReceivedMessages())).hasSize(3)
                .isEqualTo(ledger.stream().map(DeliveryRecord::email).collect(Collectors.toSet()));
        // and through two more fires of the schedule (every second), nothing is sent twice
        Awaitility.await("no mail sent twice").during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                .until(() -> greenMail.getReceivedMessages().length, n -> n == 3);
    }

    private static Set<String> recipients(MimeMessage[] messages) {
        return Stream.of(messages).map(m -> {
            try {
                return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
