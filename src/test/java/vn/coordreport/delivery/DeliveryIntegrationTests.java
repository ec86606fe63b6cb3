package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.delivery.DeliveryFixtures.CB;
import static vn.coordreport.delivery.DeliveryFixtures.QT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.Importer;
import vn.coordreport.support.IntegrationTest;

/** Final reports by e-mail to a real SMTP server (GreenMail): exactly once per recipient. */
@IntegrationTest
@TestPropertySource(properties = {
        "coordreport.test.database=DeliveryIntegrationTests", // a database of its own
        "coordreport.delivery.from=Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.example.org>",
        "coordreport.delivery.contact=Văn phòng Sở Ngoại vụ, 0233 3 852 000",
        "coordreport.delivery.initial-backoff=1s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryIntegrationTests {

    static final int PORT = DeliveryFixtures.freePort();
    static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    ReportDelivery delivery;

    @Autowired
    ReportArchive archive;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void startSmtpAndImport(@TempDir Path temp, @Autowired Importer importer) throws IOException {
        greenMail = new GreenMail(SMTP);
        greenMail.start();
        DeliveryFixtures.importData(importer, jdbc, temp);
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }

    @BeforeEach
    void nothingDueAndAnEmptyMailbox() throws Exception {
        delivery.deliverDue();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void theAgreementsAndTheProvincesRecipientsAreEnqueuedOncePerAddress() {
        // given
        ArchivedReport version = DeliveryFixtures.finalReport(archive, QT, "2021-Q1");

        // when
        int added = delivery.enqueue(version.id());
        int again = delivery.enqueue(version.id());

        // then the director's address, listed twice, counts once, under the agreement's own row
        assertThat(added).isEqualTo(4);
        assertThat(again).isZero();
        assertThat(ledgerOf(version)).extracting(DeliveryRecord::email, DeliveryRecord::name, DeliveryRecord::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("chanhvanphong@quangtri.example.org",
                                "Chánh Văn phòng Bcc: attacker@evil.example", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("chihuytruong.bdbp@quangtri.example.org",
                                "Chỉ huy trưởng BCH BĐBP tỉnh", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("giamdoc.sngv@quangtri.example.org",
                                "Giám đốc Sở Ngoại vụ", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("vanphong.ubnd@quangtri.example.org",
                                "Văn phòng UBND tỉnh", "PENDING"));
    }

    @Test
    void theMessageIdEndsWithTheSendersDomainThoughTheRowsWereQueuedUnderAnother() throws Exception {
        // given rows queued by a process (a command, another node) whose sender was still the default,
        // coordreport@localhost
        ArchivedReport version = DeliveryFixtures.finalReport(archive, QT, "2021-Q4");
        delivery.enqueue(version.id());
        jdbc.sql("update delivery set message_id = regexp_replace(message_id, '@[^@]*>$', '@localhost>') where version_id = :v")
                .param("v", version.id()).update();

        // when this process, whose sender is baocao@sngv.quangtri.example.org, sends them
        assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRun(4, 0, 0, 0));

        // then every mail's Message-ID ends with the sender's domain, and the ledger names the ones sent
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(4).allSatisfy(m -> assertThat(m.getMessageID())
                .startsWith("<coordreport.v" + version.id() + ".").endsWith("@sngv.quangtri.example.org>"));
        assertThat(jdbc.sql("select message_id from delivery where version_id = :v").param("v", version.id())
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(mails).map(DeliveryIntegrationTests::messageId).toList());
    }

    @Test
    void eachRecipientGetsOneMailWithTheReportAndASecondRunSendsNone() throws Exception {
        // given
        ArchivedReport version = DeliveryFixtures.finalReport(archive, QT, "2021");
        delivery.enqueue(version.id());

        // when
        DeliveryRun first = delivery.deliverDue();
        DeliveryRun second = delivery.deliverDue();

        // then
        assertThat(first).isEqualTo(new DeliveryRun(4, 0, 0, 0));
        assertThat(second).isEqualTo(new DeliveryRun(0, 0, 0, 0));
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(4);
        assertThat(Arrays.stream(mails).map(m -> address(m))).containsExactlyInAnyOrder(
                "giamdoc.sngv@quangtri.example.org", "chihuytruong.bdbp@quangtri.example.org",
                "vanphong.ubnd@quangtri.example.org", "chanhvanphong@quangtri.example.org");
        byte[] stored = archive.content(version.id());
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo(
                    "Báo cáo kết quả thực hiện Quy chế phối hợp số 09/QCPH/SNgV-BP năm 2021 (bản chính thức, số 03/BC-SNgV"
                            + " ngày 05/12/2026)");
            assertThat(mail.getMessageID()).startsWith("<coordreport.v" + version.id() + ".")
                    .endsWith("@sngv.quangtri.example.org>");
            assertThat(mail.getHeader("Bcc")).isNull();
            // dated in Vietnam's time, as every time the office reads (the server's UTC wrote +0000)
            assertThat(mail.getHeader("Date")[0]).endsWith(" +0700");
            assertThat(mail.getFrom()[0].toString()).contains("baocao@sngv.quangtri.example.org");
            // named as the body that issues it, replies going to that body's own address
            assertThat(((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal())
                    .isEqualTo("Sở Ngoại vụ tỉnh Quảng Trị");
            assertThat(((jakarta.mail.internet.InternetAddress) mail.getReplyTo()[0]).getAddress())
                    .isEqualTo("qlbg.songoaivu@quangtri.example.org");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            Part attachment = attachment(parts);
            // the issued document's name, as the archive and the issuing page give it
            assertThat(attachment.getFileName()).isEqualTo("Báo cáo 09-QCPH-SNgV-BP 2021 số 03-BC-SNgV.pdf");
            assertThat(attachment.getContentType()).startsWith("application/pdf");
            try (InputStream in = attachment.getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(stored);
            }
            assertThat(text(parts)).contains("Báo cáo số 03/BC-SNgV ngày 05/12/2026 về kết quả năm 2021 thực hiện "
                    + "Quy chế phối hợp giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị",
                    "Mọi ý kiến trao đổi xin liên hệ: Sở Ngoại vụ tỉnh Quảng Trị, qlbg.songoaivu@quangtri.example.org.",
                    "Tệp đính kèm: Báo cáo 09-QCPH-SNgV-BP 2021 số 03-BC-SNgV.pdf");
        }
        assertThat(ledgerOf(version)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("SENT");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.sentAt()).isNotNull();
        });
    }

    @Test
    void whileTheServerIsDownRowsWaitAndAreSentOnceItIsBack() throws Exception {
        // given the SMTP server down
        ArchivedReport version = DeliveryFixtures.finalReport(archive, QT, "2021-H1");
        delivery.enqueue(version.id());
        greenMail.stop();
        try {
            // when
            DeliveryRun down = delivery.deliverDue();

            // then every row waits for its next attempt
            assertThat(down).isEqualTo(new DeliveryRun(0, 4, 0, 0));
            assertThat(ledgerOf(version)).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo("PENDING");
                assertThat(r.attempts()).isEqualTo(1);
                assertThat(r.lastError()).isNotBlank();
                assertThat(r.failure()).as(r.lastError()).isEqualTo(MailFailure.CONNECTION);
                assertThat(r.nextAttemptAt()).isAfter(OffsetDateTime.now().minusSeconds(1));
            });
            assertThat(delivery.deliverDue()).as("not due yet").isEqualTo(new DeliveryRun(0, 0, 0, 0));
        } finally {
            greenMail = new GreenMail(SMTP);
            greenMail.start();
        }

        // when the server is back and the back-off has passed
        Awaitility.await("the back-off passed").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ledgerOf(version).stream().noneMatch(r -> r.nextAttemptAt().isAfter(OffsetDateTime.now())));
        DeliveryRun back = delivery.deliverDue();

        // then
        assertThat(back).isEqualTo(new DeliveryRun(4, 0, 0, 0));
        assertThat(greenMail.getReceivedMessages()).hasSize(4);
        assertThat(ledgerOf(version)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("SENT");
            assertThat(r.attempts()).isEqualTo(2);
        });
    }

    @Test
    void anInvalidAddressFailsForGoodAndSaysWhy() {
        // given
        ArchivedReport version = DeliveryFixtures.finalReport(archive, CB, "2021");
        delivery.enqueue(version.id());

        // when
        DeliveryRun run = delivery.deliverDue();

        // then
        assertThat(run).isEqualTo(new DeliveryRun(0, 0, 1, 0));
        assertThat(ledgerOf(version)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.lastError()).isNotBlank();
            assertThat(r.failure()).as(r.lastError()).isEqualTo(MailFailure.RECIPIENT);
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRowLeftSendingByACrashIsNeitherResentNorForgotten() {
        // given a row claimed by a process that died before it knew the outcome
        ArchivedReport version = DeliveryFixtures.finalReport(archive, QT, "2021-Q2");
        delivery.enqueue(version.id());
        jdbc.sql("""
                update delivery set status = 'SENDING', attempts = 1, claimed_at = now() - interval '1 hour'
                where version_id = :v and email = 'vanphong.ubnd@quangtri.example.org'
                """).param("v", version.id()).update();

        // when
        DeliveryRun run = delivery.deliverDue();

        // then the three others are sent; that one is shown as UNCERTAIN with its Message-ID, counted as such
        assertThat(run).isEqualTo(new DeliveryRun(3, 0, 1, 1));
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
        assertThat(ledgerOf(version)).filteredOn(r -> r.email().startsWith("vanphong")).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo("UNCERTAIN");
                    assertThat(r.lastError()).contains("Message-ID <coordreport.v" + version.id() + ".");
                });
        assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRun(0, 0, 0, 0));

        // and once an operator requeues it, it is sent exactly once more
        String uncertain = ledgerOf(version).stream().filter(r -> r.status().equals("UNCERTAIN")).findFirst()
                .orElseThrow().email();
        delivery.requeue(version.id(), uncertain.toUpperCase(), true);
        assertThat(delivery.deliverDue()).isEqualTo(new DeliveryRun(1, 0, 0, 0));
        assertThat(greenMail.getReceivedMessages()).hasSize(4);
        assertThat(ledgerOf(version)).allSatisfy(r -> assertThat(r.status()).isEqualTo("SENT"));
        assertThatThrownBy(() -> delivery.requeue(version.id(), uncertain, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Không có lần gửi nào ở trạng thái UNCERTAIN hoặc FAILED");
    }

    private List<DeliveryRecord> ledgerOf(ArchivedReport version) {
        return delivery.list(version.agreementCode()).stream().filter(r -> r.versionId() == version.id()).toList();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage mail) {
        try {
            return ((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part attachment(MimeMultipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String text(MimeMultipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof String s) {
                text.append(s);
            } else if (content instanceof MimeMultipart nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }
}
