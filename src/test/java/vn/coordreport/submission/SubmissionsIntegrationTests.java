package vn.coordreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import jakarta.mail.internet.MimeMessage;
import vn.coordreport.delivery.ReminderDelivery;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.submission.SubmissionRow.Status;
import vn.coordreport.support.IntegrationTest;

/**
 * Who has sent 2026-H2's data (cut off Monday 14/12/2026, due two working days later, Wednesday 16/12):
 * the Sở Ngoại vụ on 10/12, on time; the Biên phòng on 17/12, late; the Công an nothing, pending until the
 * deadline, missing after it, and reminded by mail two working days before it and the day after, once each.
 */
@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=SubmissionsIntegrationTests",
        "coordreport.delivery.from=Sở Ngoại vụ <baocao@sngv.example.org>"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsIntegrationTests {

    static final String AGREEMENT = "01/QCPH-SNV-BP-CA";
    static final Period H2 = Period.half(2026, 2);
    static final int PORT = freePort();
    static GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Submissions submissions;

    @Autowired
    SubmissionReminders reminders;

    @Autowired
    ReminderDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void agenciesAndTheirData(@TempDir Path temp, @Autowired Importer importer) throws IOException {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Path catalogue = Files.createDirectories(temp.resolve("catalogue"));
        Files.writeString(catalogue.resolve("agencies.csv"), """
                code,name,province,contact_email
                SNV-TN,Sở Ngoại vụ,Tây Ninh,vanthu@sngv.example.org
                BDBP-TN,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Tây Ninh,thammuu@bdbp.example.org
                CA-TN,Công an tỉnh,Tây Ninh,vanphong@congan.example.org
                """);
        Files.writeString(catalogue.resolve("agreements.csv"), """
                code,title,province,signed_on,parties
                01/QCPH-SNV-BP-CA,Quy chế phối hợp ba bên,Tây Ninh,2026-01-05,SNV-TN;BDBP-TN;CA-TN
                """);
        assertThat(importer.importPath(catalogue, false).problemLines()).isEmpty();
        sentOn(importer, temp, "SNV-TN", "2026-12-10 09:00+07");
        sentOn(importer, temp, "BDBP-TN", "2026-12-17 08:30+07");
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }

    @Test
    void anAgencyThatSentNothingIsPendingUntilTheDeadlineAndMissingAfterIt() {
        assertThat(rows(LocalDate.of(2026, 12, 16))).containsExactly(
                "01/QCPH-SNV-BP-CA SNV-TN 16/12/2026 10/12/2026 ON_TIME",
                "01/QCPH-SNV-BP-CA BDBP-TN 16/12/2026 17/12/2026 LATE",
                "01/QCPH-SNV-BP-CA CA-TN 16/12/2026 - PENDING");
        assertThat(rows(LocalDate.of(2026, 12, 17))).last().isEqualTo("01/QCPH-SNV-BP-CA CA-TN 16/12/2026 - MISSING");
    }

    @Test
    void dataOfAnotherPeriodIsNotThisPeriodsSubmission() {
        assertThat(submissions.of(Period.half(2026, 1), AGREEMENT, null, LocalDate.of(2026, 12, 1)))
                .extracting(SubmissionRow::status).containsOnly(Status.MISSING);
    }

    @Test
    void theAgencyThatSentNothingIsRemindedBeforeTheDeadlineAndTheDayAfterItOnceEach() throws Exception {
        // two working days before the deadline, twice (the scheduler fires every ten minutes)
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 11))).isZero();
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 14))).isEqualTo(1);
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 15))).isZero();
        assertThat(delivery.deliverDue().sent()).isEqualTo(1);
        assertThat(delivery.deliverDue().sent()).isZero();
        // on the deadline nothing more; the working day after it, the reminder that it was missed
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 16))).isZero();
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 17))).isEqualTo(1);
        assertThat(reminders.queueDue(LocalDate.of(2026, 12, 18))).isZero();
        assertThat(delivery.deliverDue().sent()).isEqualTo(1);

        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(Arrays.stream(mails).map(m -> recipient(m))).containsOnly("vanphong@congan.example.org");
        assertThat(mails[0].getSubject()).isEqualTo(
                "Nhắc gửi số liệu 6 tháng cuối năm 2026 theo Quy chế phối hợp số 01/QCPH-SNV-BP-CA");
        assertThat(mails[0].getContent().toString()).contains("Kính gửi: Công an tỉnh,",
                "số liệu 6 tháng cuối năm 2026 (tính đến ngày 14/12/2026)", "chậm nhất ngày 16/12/2026");
        assertThat(mails[1].getSubject()).startsWith("Đã quá hạn gửi số liệu 6 tháng cuối năm 2026");
        assertThat(mails[1].getContent().toString()).contains("Đến nay đã quá hạn");
    }

    @Test
    void aRecordNumberedOrCorrectedAfterTheDeadlineStillTellsWhenItWasFirstSent(@TempDir Path temp,
            @Autowired Importer importer) throws IOException {
        // given the Sở Ngoại vụ's patrols, sent on time, sent again after the deadline with their register's
        // number (the same row), then corrected
        long numbered = resent(importer, temp.resolve("numbered"), "3", "2026-12-20 09:00+07");
        long corrected = 0;
        try {
            // numbered, the row is the one sent on 10/12
            assertThat(rows(LocalDate.of(2026, 12, 22))).first()
                    .isEqualTo("01/QCPH-SNV-BP-CA SNV-TN 16/12/2026 10/12/2026 ON_TIME");
            corrected = resent(importer, temp.resolve("corrected"), "4", "2026-12-21 09:00+07");
            // then the agency sent them on time, last on the day of the correction, and they are one row
            assertThat(rows(LocalDate.of(2026, 12, 22))).first()
                    .isEqualTo("01/QCPH-SNV-BP-CA SNV-TN 16/12/2026 21/12/2026 ON_TIME");
            assertThat(submissions.of(H2, AGREEMENT, null, LocalDate.of(2026, 12, 22)).get(0).rows()).isEqualTo(1);
        } finally {
            if (corrected != 0) {
                importer.undo(corrected);
            }
            importer.undo(numbered);
        }
        assertThat(rows(LocalDate.of(2026, 12, 22))).first()
                .isEqualTo("01/QCPH-SNV-BP-CA SNV-TN 16/12/2026 10/12/2026 ON_TIME");
    }

    @Test
    void anAgencyWhoseOnlyRowACorrectionMovedToAnotherPeriodHasNotSentTheFirst(@TempDir Path temp,
            @Autowired Importer importer) throws IOException {
        // given a patrol of the Police typed with the wrong year (05/01/2027), then corrected under its number
        String records = "agreement,indicator,date,quantity,agency,ref\n" + AGREEMENT + ",JOINT_PATROL,%s,1,CA-TN,CA-07\n";
        long typo = importedAt(importer, temp.resolve("typo"), records.formatted("2027-01-05"), "2026-12-05 09:00+07");
        long fixed = 0;
        try {
            fixed = importedAt(importer, temp.resolve("fixed"), records.formatted("2026-03-02"), "2026-12-05 10:00+07");

            // then the first half of 2027 holds nothing of the Police's: not sent, and not due yet
            assertThat(submissions.of(Period.half(2027, 1), AGREEMENT, null, LocalDate.of(2026, 12, 22)))
                    .filteredOn(r -> r.agencyCode().equals("CA-TN"))
                    .extracting(r -> r.status() + " " + r.rows() + " " + r.lastSent()).containsExactly("PENDING 0 null");
            // and the first half of 2026 holds its row, sent late
            assertThat(submissions.of(Period.half(2026, 1), AGREEMENT, null, LocalDate.of(2026, 12, 22)))
                    .filteredOn(r -> r.agencyCode().equals("CA-TN"))
                    .extracting(r -> r.status() + " " + r.rows() + " " + r.lastSent()).containsExactly("LATE 1 2026-12-05");
        } finally {
            if (fixed != 0) {
                importer.undo(fixed);
            }
            importer.undo(typo);
        }
    }

    @Test
    void aRecordThatNamesNoAgencyIsTheReportingAgencysSubmission(@TempDir Path temp, @Autowired Importer importer)
            throws IOException {
        // the agency column is optional: two patrols sent without it were nobody's, and all three parties were chased
        long sent = importedAt(importer, temp.resolve("no-agency"), "agreement,indicator,date,quantity\n"
                + AGREEMENT + ",JOINT_PATROL,2026-04-01,1\n" + AGREEMENT + ",JOINT_PATROL,2026-04-02,2\n",
                "2026-12-05 09:00+07");
        try {
            assertThat(submissions.of(Period.half(2026, 1), AGREEMENT, null, LocalDate.of(2026, 12, 22)))
                    .extracting(r -> r.agencyCode() + " " + r.status() + " " + r.rows())
                    .containsExactly("SNV-TN LATE 2", "BDBP-TN MISSING 0", "CA-TN MISSING 0");
        } finally {
            importer.undo(sent);
        }
    }

    /** The Sở Ngoại vụ's record sent again with the ref SO-01 and this quantity, as if at {@code when}: the import. */
    private long resent(Importer importer, Path folder, String quantity, String when) throws IOException {
        return importedAt(importer, folder, "agreement,indicator,date,quantity,agency,ref\n"
                + AGREEMENT + ",JOINT_PATROL,2026-09-01," + quantity + ",SNV-TN,SO-01\n", when);
    }

    private List<String> rows(LocalDate today) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return submissions.of(H2, AGREEMENT, null, today).stream().map(r -> r.agreementCode() + " " + r.agencyCode()
                + " " + day.format(r.deadline()) + " " + (r.lastSent() == null ? "-" : day.format(r.lastSent())) + " "
                + r.status()).toList();
    }

    /** Imports a record of the agency dated in 2026-H2, as if the import had run at {@code when}. */
    private void sentOn(Importer importer, Path temp, String agency, String when) throws IOException {
        importedAt(importer, temp.resolve(agency), "agreement,indicator,date,quantity,agency\n"
                + AGREEMENT + ",JOINT_PATROL,2026-09-01,3," + agency + "\n", when);
    }

    /** Imports these records, as if the import had run at {@code when}: its id. */
    private long importedAt(Importer importer, Path folder, String records, String when) throws IOException {
        Files.writeString(Files.createDirectories(folder).resolve("records.csv"), records);
        ImportOutcome outcome = importer.importPath(folder, false);
        assertThat(outcome.problemLines()).isEmpty();
        jdbc.sql("update import_batch set started_at = cast(:when as timestamptz) where id = :id")
                .param("when", when).param("id", outcome.importId()).update();
        return outcome.importId();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
