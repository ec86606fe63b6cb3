package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.messages.DateFormats.DAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.MailServer;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.IntegrationTest;

/**
 * A final's way from the close to its recipients, against PostgreSQL and a
 * real SMTP server: the close mails nothing; the reviewer approves, the
 * signer signs with a PKCS#12 key made by keytool, the văn thư issues with
 * the organisation's key; the issued PDF carries its number and date, both
 * signatures validate, it is PDF/A-2b, and each recipient gets it once. Steps
 * out of order, without the role, from another province or with a wrong
 * password are refused and change nothing.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=IssuingIntegrationTests")
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssuingIntegrationTests {

    static final String QT = "09/QCPH/SNgV-BP";
    static final int PORT = freePort();
    static final String SIGNER_KEY_PASSWORD = "khoa-cua-giam-doc";
    static final String SEAL_KEY_PASSWORD = "khoa-con-dau-so";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    ReportVersions versions;

    @Autowired
    Issuing issuing;

    @Autowired
    ReportJobs jobs;

    @Autowired
    UserAccounts users;

    @Autowired
    ReportArchive archive;

    @Autowired
    ReportDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    GreenMail greenMail;
    long finalId;

    @BeforeAll
    void importAndClose(@Autowired Importer importer, @TempDir Path temp) {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/tay-ninh-2019"), temp), false);
        IssuingFixture.users(users);
        users.add("vanthu-tayninh", Role.CLERK, "Tây Ninh", IssuingFixture.USER_PASSWORD);
        users.add("xem", Role.VIEWER, null, IssuingFixture.USER_PASSWORD);
        Path keys = temp.resolve("keys");
        issuing.addPersonalKey(IssuingFixture.SIGNER, bytes(TestKeys.keytool(keys, "giamdoc", "Nguyễn Văn Hùng",
                SIGNER_KEY_PASSWORD)), null, null, SIGNER_KEY_PASSWORD.toCharArray(), TestKeys.signaturePng(), "test");
        issuing.addOrganisationKey("SNGV-QT", bytes(TestKeys.keytool(keys, "sngv-qt", "Sở Ngoại vụ tỉnh Quảng Trị",
                SEAL_KEY_PASSWORD)), null, null, SEAL_KEY_PASSWORD.toCharArray(), TestKeys.sealPng(), "test");
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }

    @Test
    @Order(1)
    void aCloseMailsNothingAndItsFinalWaitsForReviewWithoutANumber() {
        JobSummary close = jobs.closePeriod(Period.year(2021), null, true);

        assertThat(close.status()).as(close.failure()).isEqualTo("COMPLETED");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(delivery.list(null)).isEmpty();
        FinalDocument waiting = issuing.list(Period.year(2021), null).stream().filter(f -> f.agreementCode().equals(QT))
                .findFirst().orElseThrow();
        finalId = waiting.versionId();
        assertThat(waiting.state()).isEqualTo(FinalState.WAITING_REVIEW);
        assertThat(waiting.documentNumber()).isNull();
        assertThat(waiting.emptyForPeriod()).isFalse();
        assertThat(archive.find(finalId).orElseThrow().documentNumber()).isNull();
        assertThat(Poppler.text(issuing.document(finalId))).contains("/BC-SNgV").doesNotContain("Số: 01");
        assertThat(issuing.history(finalId)).extracting(IssuingStep::step).containsExactly("MADE");
    }

    @Test
    @Order(2)
    void stepsOutOfOrderWithoutTheRoleOrWithAWrongPasswordAreRefusedAndChangeNothing() {
        Actor signer = issuing.actor(IssuingFixture.SIGNER);
        Actor clerk = issuing.actor(IssuingFixture.CLERK);

        assertThatThrownBy(() -> issuing.sign(List.of(finalId), signer, SIGNER_KEY_PASSWORD.toCharArray()))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Chờ duyệt” (WAITING_REVIEW)")
                .hasMessageContaining("Thứ tự là: duyệt, rồi ký số, rồi cấp số và ban hành.");
        assertThatThrownBy(() -> issuing.issue(List.of(finalId), clerk, SEAL_KEY_PASSWORD.toCharArray(), false))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Chờ duyệt” (WAITING_REVIEW)");
        assertThatThrownBy(() -> issuing.approve(finalId, issuing.actor("xem"), null))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("cần vai trò REVIEWER");
        assertThatThrownBy(() -> issuing.approve(finalId, signer, null))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("cần vai trò REVIEWER");

        issuing.approve(finalId, issuing.actor(IssuingFixture.REVIEWER), "Số liệu khớp với báo cáo của các đơn vị");
        assertThatThrownBy(() -> issuing.sign(List.of(finalId), signer, "sai-mat-khau".toCharArray()))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("Mật khẩu của khóa ký số của");
        assertThatThrownBy(() -> issuing.approve(finalId, issuing.actor(IssuingFixture.REVIEWER), null))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Chờ ký” (WAITING_SIGNATURE)");

        FinalDocument f = issuing.find(finalId).orElseThrow();
        assertThat(f.state()).isEqualTo(FinalState.WAITING_SIGNATURE);
        assertThat(issuing.history(finalId)).extracting(IssuingStep::step).containsExactly("MADE", "APPROVED");
        assertThat(issuing.history(finalId).get(1)).satisfies(s -> {
            assertThat(s.username()).isEqualTo(IssuingFixture.REVIEWER);
            assertThat(s.comment()).isEqualTo("Số liệu khớp với báo cáo của các đơn vị");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    @Order(3)
    void theSignerSignsAndTheClerkIssuesWithTheNextNumberAndTodaysDate() throws Exception {
        Actor signer = issuing.actor(IssuingFixture.SIGNER);
        Actor clerk = issuing.actor(IssuingFixture.CLERK);

        issuing.sign(List.of(finalId), signer, SIGNER_KEY_PASSWORD.toCharArray());
        byte[] signed = issuing.document(finalId);
        assertThat(Poppler.validSignatures(signed)).isEqualTo(1);
        assertThat(PdfA.failures2b(signed)).isEmpty();
        assertThat(issuing.find(finalId).orElseThrow().state()).isEqualTo(FinalState.SIGNED);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        assertThatThrownBy(() -> issuing.issue(List.of(finalId), issuing.actor("vanthu-tayninh"),
                SEAL_KEY_PASSWORD.toCharArray(), false)).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("thuộc tỉnh Quảng Trị").hasMessageContaining("chỉ xử lý báo cáo của tỉnh Tây Ninh");
        assertThatThrownBy(() -> issuing.issue(List.of(finalId), clerk, "sai".toCharArray(), false))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("Mật khẩu của khóa ký số của");
        assertThat(issuing.find(finalId).orElseThrow().state()).isEqualTo(FinalState.SIGNED);

        IssueRun run = issuing.issue(List.of(finalId), clerk, SEAL_KEY_PASSWORD.toCharArray(), false);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        FinalDocument issued = issuing.find(finalId).orElseThrow();
        assertThat(run.issued()).isEqualTo(1);
        assertThat(issued.state()).isEqualTo(FinalState.ISSUED);
        assertThat(issued.numberAndSymbol()).isEqualTo("01/BC-SNgV");
        assertThat(issued.issuedOn()).isEqualTo(today);
        byte[] pdf = issuing.document(finalId);
        String text = Poppler.text(pdf);
        assertThat(text).contains("Số: 01/BC-SNgV").contains("Quảng Trị, ngày " + twoDigits(today.getDayOfMonth())
                + " tháng " + (today.getMonthValue() <= 2 ? twoDigits(today.getMonthValue()) : today.getMonthValue())
                + " năm " + today.getYear());
        assertThat(Poppler.validSignatures(pdf)).as(Poppler.signatures(pdf)).isEqualTo(2);
        assertThat(PdfA.failures2b(pdf)).isEmpty();
        assertThat(archive.find(issued.issuedVersionId()).orElseThrow().documentNumber()).isEqualTo(1);
        assertThat(archive.content(issued.issuedVersionId())).isEqualTo(pdf);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::recipient))
                .containsExactlyInAnyOrder("giamdoc.sngv@quangtri.example.org",
                        "chihuytruong.bdbp@quangtri.example.org", "vanphong.ubnd@quangtri.example.org");
        assertThat(run.deliveriesOrNull().sent()).isEqualTo(3);
        // leadership reads which document it is as the register names it
        String reference = "số 01/BC-SNgV ngày " + DAY.format(today);
        assertThat(greenMail.getReceivedMessages()).allSatisfy(mail -> {
            assertThat(mail.getSubject()).endsWith("năm 2021 (bản chính thức, " + reference + ")");
            assertThat(MailServer.text(mail)).contains("trân trọng gửi Báo cáo " + reference
                    + " về kết quả năm 2021 thực hiện Quy chế phối hợp").doesNotContain("phiên bản");
        });
        assertThat(issuing.history(finalId)).extracting(IssuingStep::step)
                .containsExactly("MADE", "APPROVED", "SIGNED", "ISSUED");
        assertThat(jdbc.sql("select username || ' ' || action from audit_log where target = :t order by id")
                .param("t", "final/" + finalId).query(String.class).list())
                .containsExactly("truongphong APPROVE", "lanhdao SIGN", "vanthu ISSUE");

        assertThatThrownBy(() -> issuing.issue(List.of(finalId), clerk, SEAL_KEY_PASSWORD.toCharArray(), false))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Đã ban hành” (ISSUED)");
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    @Order(4)
    void theRegisterListsTheIssuedDocumentInItsColumns() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<RegisterEntry> register = issuing.register(today.getYear(), "SNGV-QT", null);

        assertThat(register).singleElement().satisfies(e -> {
            assertThat(e.numberSymbol()).isEqualTo("01/BC-SNgV");
            assertThat(e.issuedOn()).isEqualTo(today);
            assertThat(e.title().toLowerCase(Locale.ROOT)).startsWith("báo cáo kết quả thực hiện quy chế phối hợp năm 2021");
            assertThat(e.signerName()).isEqualTo("Nguyễn Văn Hùng");
            // in the order of the document's "Nơi nhận", the agreement's own recipients before the province's
            assertThat(e.recipients()).isEqualTo("Giám đốc Sở Ngoại vụ; Chỉ huy trưởng BCH BĐBP tỉnh; Văn phòng UBND tỉnh");
            // kept by the văn thư and the drafting unit, as the document's "- Lưu: VT, QLBG." says
            assertThat(e.archiveCopy()).isEqualTo("VT, QLBG");
            assertThat(e.copies()).isEqualTo(5);
            assertThat(e.issuedBy()).isEqualTo(IssuingFixture.CLERK);
        });
    }

    @Test
    @Order(5)
    void aRejectedFinalStaysUnsentAndAnEmptyOneGoesOutOnlyWhenConfirmed() {
        Actor reviewer = issuing.actor(IssuingFixture.REVIEWER);
        jobs.closePeriod(Period.parse("2021-H1"), null, true);
        jobs.closePeriod(Period.parse("2022-Q3"), null, true);
        long h1 = onlyFinal("2021-H1");
        long quiet = onlyFinal("2022-Q3");

        assertThatThrownBy(() -> issuing.reject(h1, reviewer, " ")).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("hãy ghi rõ lý do");
        // a reason, not a file pasted into the field: refused whole, the final left as it was
        assertThatThrownBy(() -> issuing.reject(h1, reviewer, "Thiếu số liệu.".repeat(200)))
                .isInstanceOf(IssuingRefusal.class).hasMessage("Ý kiến dài 2.800 ký tự, quá 2.000 ký tự: hãy viết gọn "
                        + "lại (nội dung dài gửi kèm bằng văn bản riêng).");
        assertThat(issuing.find(h1).orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
        issuing.reject(h1, reviewer, "Thiếu số liệu tuần tra tháng 5");
        assertThat(issuing.find(h1).orElseThrow().state()).isEqualTo(FinalState.REJECTED);
        assertThat(issuing.find(h1).orElseThrow().lastComment()).isEqualTo("Thiếu số liệu tuần tra tháng 5");
        assertThatThrownBy(() -> issuing.approve(h1, reviewer, null)).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("đang ở bước “Bị trả lại” (REJECTED)");

        FinalDocument empty = issuing.find(quiet).orElseThrow();
        assertThat(empty.emptyForPeriod()).isTrue();
        issuing.approve(quiet, reviewer, null);
        issuing.sign(List.of(quiet), issuing.actor(IssuingFixture.SIGNER), SIGNER_KEY_PASSWORD.toCharArray());
        Actor clerk = issuing.actor(IssuingFixture.CLERK);
        assertThatThrownBy(() -> issuing.issue(List.of(quiet), clerk, SEAL_KEY_PASSWORD.toCharArray(), false))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("không có số liệu, nội dung nào của kỳ báo cáo");
        assertThat(issuing.find(quiet).orElseThrow().state()).isEqualTo(FinalState.SIGNED);

        issuing.issue(List.of(quiet), clerk, SEAL_KEY_PASSWORD.toCharArray(), true);

        assertThat(issuing.find(quiet).orElseThrow().numberAndSymbol()).isEqualTo("02/BC-SNgV");
        assertThat(issuing.find(h1).orElseThrow().state()).isEqualTo(FinalState.REJECTED);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> subject(m)))
                .filteredOn(s -> s.contains("6 tháng đầu năm 2021")).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(6);
    }

    private long onlyFinal(String period) {
        return issuing.list(Period.parse(period), null).stream().filter(f -> f.agreementCode().equals(QT)).findFirst()
                .orElseThrow().versionId();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(6)
    void aSignatureWithTheKeyOfSomeoneElseThanTheNamedSignerIsSaidSo(CapturedOutput output) {
        // the deputy signs with his own key a final that names the director under the signature
        users.add("phogiamdoc", Role.SIGNER, null, IssuingFixture.USER_PASSWORD);
        issuing.addPersonalKey("phogiamdoc", TestKeys.pkcs12("pho", "Trần Văn Phó", SIGNER_KEY_PASSWORD), null, null,
                SIGNER_KEY_PASSWORD.toCharArray(), TestKeys.signaturePng(), "test");
        jobs.closePeriod(Period.parse("2022-H1"), null, true);
        long deputys = onlyFinal("2022-H1");
        issuing.approve(deputys, issuing.actor(IssuingFixture.REVIEWER), null);
        int before = output.getAll().length();

        issuing.sign(List.of(deputys), issuing.actor("phogiamdoc"), SIGNER_KEY_PASSWORD.toCharArray());

        // signed, as the contract takes any signer's key, but said in the log and in the final's history
        assertThat(issuing.find(deputys).orElseThrow().state()).isEqualTo(FinalState.SIGNED);
        assertThat(output.getAll().substring(before)).contains("được ký bằng khóa mang tên 'Trần Văn Phó', nhưng văn "
                + "bản ghi người ký là 'Nguyễn Văn Hùng'");
        assertThat(issuing.history(deputys).get(issuing.history(deputys).size() - 1).comment())
                .endsWith("; chứng thư số của khóa mang tên 'Trần Văn Phó', khác người ký ghi trên văn bản 'Nguyễn Văn Hùng'");
        // the director's own key, its name written in capitals without diacritics as some certificates write it,
        // is the signer named
        assertThat(Issuing.sameName("NGUYEN  VAN HUNG", "Nguyễn Văn Hùng")).isTrue();
        assertThat(Issuing.sameName("Trần Văn Phó", "Nguyễn Văn Hùng")).isFalse();
    }

    @Test
    @Order(7)
    void aFinalWhosePeriodsDataChangedAfterItWasMadeIsNeitherSignedNorIssued(@Autowired Importer importer,
            @TempDir Path data) throws java.io.IOException {
        // a final of a period without data, approved and signed
        jobs.closePeriod(Period.parse("2023-H1"), null, true);
        long signed = onlyFinal("2023-H1");
        issuing.approve(signed, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(List.of(signed), issuing.actor(IssuingFixture.SIGNER), SIGNER_KEY_PASSWORD.toCharArray());
        // and one only approved, of another period
        jobs.closePeriod(Period.parse("2023-Q1"), null, true);
        long approved = issuing.list(Period.parse("2023-Q1"), null).stream()
                .filter(f -> f.agreementCode().equals(QT) && f.state() == FinalState.WAITING_REVIEW).findFirst()
                .orElseThrow().versionId();
        issuing.approve(approved, issuing.actor(IssuingFixture.REVIEWER), null);
        // and one waiting for review, of nine months
        jobs.closePeriod(Period.parse("2023-9M"), null, true);
        long waiting = issuing.list(Period.parse("2023-9M"), null).stream()
                .filter(f -> f.agreementCode().equals(QT) && f.state() == FinalState.WAITING_REVIEW).findFirst()
                .orElseThrow().versionId();

        // when a patrol of February 2023 arrives late
        java.nio.file.Files.writeString(data.resolve("records.csv"), "agreement,indicator,date,quantity,agency\n"
                + QT + ",JOINT_PATROL,2023-02-01,1,BDBP-QT\n");
        assertThat(importer.importPath(data, false).problemLines()).isEmpty();

        // then the signed final is not issued: it would say there was nothing in the period; no number is taken
        assertThatThrownBy(() -> issuing.issue(List.of(signed), issuing.actor(IssuingFixture.CLERK),
                SEAL_KEY_PASSWORD.toCharArray(), true)).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("Bản chính thức #" + signed + " (" + QT + " 6 tháng đầu năm 2023) không còn khớp"
                        + " với số liệu").hasMessageContaining("Hãy lập lại bản chính thức");
        assertThat(issuing.find(signed).orElseThrow().state()).isEqualTo(FinalState.SIGNED);
        assertThat(issuing.register(2026, "SNGV-QT", null).stream().map(RegisterEntry::number)).doesNotContain(3);
        // and a final made before it is not signed either
        assertThatThrownBy(() -> issuing.sign(List.of(approved), issuing.actor(IssuingFixture.SIGNER),
                SIGNER_KEY_PASSWORD.toCharArray())).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("không còn khớp với số liệu");
        // nor approved: the reviewer is told, rather than the signer after them
        assertThatThrownBy(() -> issuing.approve(waiting, issuing.actor(IssuingFixture.REVIEWER), null))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("Bản chính thức #" + waiting + " (" + QT
                        + " 9 tháng đầu năm 2023) không còn khớp với số liệu");
        assertThat(issuing.find(waiting).orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
        // the final made again supersedes it, and the archive's list says so rather than "waiting for a number"
        jobs.closePeriod(Period.parse("2023-H1"), null, true);
        assertThat(issuing.find(signed).orElseThrow().superseded()).isTrue();
        assertThat(versions.one(signed, null).orElseThrow().stateLabel()).endsWith(" (đã có bản mới thay thế)");
        long made = issuing.list(Period.parse("2023-H1"), null).stream().filter(f -> f.agreementCode().equals(QT))
                .mapToLong(FinalDocument::versionId).max().orElseThrow();
        assertThat(made).isGreaterThan(signed);
        assertThat(versions.one(made, null).orElseThrow().stateLabel()).doesNotContain("bản mới");
    }

    @Test
    @Order(9)
    void anIssueWaitsForTheImportRunningAndThenSaysItsFinalNoLongerShowsTheData(@Autowired Importer importer,
            @Autowired javax.sql.DataSource dataSource, @TempDir Path data) throws Exception {
        // a final of a period without data, approved and signed
        jobs.closePeriod(Period.parse("2023-Q3"), null, true);
        long signed = onlyFinal("2023-Q3");
        issuing.approve(signed, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(List.of(signed), issuing.actor(IssuingFixture.SIGNER), SIGNER_KEY_PASSWORD.toCharArray());
        java.nio.file.Files.writeString(data.resolve("records.csv"), "agreement,indicator,date,quantity,agency\n"
                + QT + ",JOINT_PATROL,2023-08-01,1,BDBP-QT\n");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table record in share mode");
            // an import of a patrol of August 2023 has begun: it holds the figures' lock, and waits here to write
            var importing = two.submit(() -> importer.importPath(data, false));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> waiting("relation"));

            // when the clerk issues the final meanwhile (it issued at once, and the import then wrote into the period
            // it had locked: the issued report said nothing of the patrol the database held)
            var issuingNow = two.submit(() -> issuing.issue(List.of(signed), issuing.actor(IssuingFixture.CLERK),
                    SEAL_KEY_PASSWORD.toCharArray(), true));

            // then the issue waits for the import
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> waiting("advisory"));
            holder.commit();
            assertThat(importing.get(30, java.util.concurrent.TimeUnit.SECONDS).problemLines()).isEmpty();
            // and then finds its final no longer current: no number is taken
            assertThatThrownBy(() -> issuingNow.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IssuingRefusal.class).hasMessageContaining("không còn khớp với số liệu");
        } finally {
            two.shutdownNow();
        }
        assertThat(issuing.find(signed).orElseThrow().state()).isEqualTo(FinalState.SIGNED);
    }

    /** Whether a backend of this test's database waits for a lock of this kind. */
    private boolean waiting(String locktype) {
        return jdbc.sql("select count(*) from pg_locks where not granted and locktype = :type and database = "
                + "(select oid from pg_database where datname = current_database())").param("type", locktype)
                .query(Long.class).single() > 0;
    }

    @Test
    @Order(8)
    void aKeyGivenFiveWrongPasswordsInARowIsNotTriedForAWhile() {
        // the final approved in the test before, which the signer's key then opens for
        long approved = issuing.list(Period.parse("2023-Q1"), null).stream()
                .filter(f -> f.agreementCode().equals(QT) && f.state() == FinalState.WAITING_SIGNATURE).findFirst()
                .orElseThrow().versionId();
        Actor signer = issuing.actor(IssuingFixture.SIGNER);
        // a form sent without the password is asked for it, and that is no wrong password towards the lock
        for (int i = 0; i < SigningKeys.TRIES; i++) {
            assertThatThrownBy(() -> issuing.sign(List.of(approved), signer, new char[0]))
                    .isInstanceOf(IssuingRefusal.class).hasMessageContaining("Chưa nhập mật khẩu (hoặc mã PIN) của khóa "
                            + "ký số của");
        }
        // each wrong one says how many are left before the lock, the fifth that it locked the key
        for (int i = 1; i < SigningKeys.TRIES; i++) {
            assertThatThrownBy(() -> issuing.sign(List.of(approved), signer, "doan-mo".toCharArray()))
                    .isInstanceOf(IssuingRefusal.class).hasMessageContaining("không đúng. Không có gì thay đổi. Nhập sai thêm "
                            + (SigningKeys.TRIES - i) + " lần liền nữa thì khóa sẽ bị tạm khóa 15 phút.");
        }
        assertThatThrownBy(() -> issuing.sign(List.of(approved), signer, "doan-mo".toCharArray()))
                .isInstanceOf(IssuingRefusal.class)
                .hasMessageEndingWith("không đúng. Không có gì thay đổi. Đây là lần nhập sai thứ 5 liền nên khóa bị tạm"
                        + " khóa: hãy thử lại sau 15 phút.");

        // then even the right password is not checked: the key is locked for a while
        assertThatThrownBy(() -> issuing.sign(List.of(approved), signer, SIGNER_KEY_PASSWORD.toCharArray()))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("nhập sai mật khẩu (hoặc mã PIN) 5 lần liền")
                .hasMessageContaining("thử lại sau 15 phút")
                .satisfies(e -> assertThat(((IssuingRefusal) e).problem()).isEqualTo(IssuingRefusal.Problem.KEY_LOCKED));
        // and the lock is in the audit log, not only in the log
        assertThat(jdbc.sql("select detail from audit_log where action = 'KEY_LOCKED' and target = :t")
                .param("t", "user/" + IssuingFixture.SIGNER).query(String.class).list())
                .singleElement().asString().endsWith("bị nhập sai mật khẩu 5 lần liền: tạm khóa 15 phút");

        // once the lock is over, the right password opens it (the final itself is then refused: its data changed)
        jdbc.sql("update key_password_failure set refused_until = now() - interval '1 second'").update();
        assertThatThrownBy(() -> issuing.sign(List.of(approved), signer, SIGNER_KEY_PASSWORD.toCharArray()))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("không còn khớp với số liệu");
        assertThat(jdbc.sql("select count(*) from key_password_failure").query(Long.class).single()).isZero();

        // and wrong passwords sent all at once are tried no more than one after another: 5, then the lock
        java.util.concurrent.ExecutorService many = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<IssuingRefusal.Problem> problems = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<IssuingRefusal.Problem>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tries.add(many.submit(() -> {
                    try {
                        issuing.sign(List.of(approved), signer, "doan-mo".toCharArray());
                        return null;
                    } catch (IssuingRefusal refused) {
                        return refused.problem();
                    }
                }));
            }
            for (var tried : tries) {
                problems.add(tried.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            many.shutdownNow();
        }
        assertThat(problems).filteredOn(p -> p == IssuingRefusal.Problem.PASSWORD).hasSize(SigningKeys.TRIES);
        assertThat(problems).filteredOn(p -> p == IssuingRefusal.Problem.KEY_LOCKED).hasSize(12 - SigningKeys.TRIES);
        jdbc.sql("delete from key_password_failure").update();
    }

    @Test
    @Order(10)
    void aKeyIsRegisteredForItsOwnerOnlyAndAPersonsForASignerOnly(@TempDir Path temp) throws Exception {
        int before = issuing.keys().size();
        // the director's key (registered for lanhdao) as an organisation's seal, or as another person's
        byte[] directors = bytes(TestKeys.keytool(temp.resolve("keys"), "giamdoc", "Nguyễn Văn Hùng", SIGNER_KEY_PASSWORD));
        users.add("phogiamdoc2", Role.SIGNER, null, IssuingFixture.USER_PASSWORD);
        assertThatThrownBy(() -> issuing.addOrganisationKey("SNGV-TN", directors, null, null,
                SIGNER_KEY_PASSWORD.toCharArray(), TestKeys.sealPng(), "test"))
                .isInstanceOf(IssuingRefusal.class)
                .hasMessage("Khóa này đã được đăng ký cho người dùng 'lanhdao': một khóa ký số chỉ thuộc về một người "
                        + "hoặc một cơ quan, ai giữ khóa người khác thì ký thay người ấy. Không có gì thay đổi.");
        assertThatThrownBy(() -> issuing.addPersonalKey("phogiamdoc2", directors, null, null,
                SIGNER_KEY_PASSWORD.toCharArray(), TestKeys.signaturePng(), "test"))
                .isInstanceOf(IssuingRefusal.class).hasMessageStartingWith("Khóa này đã được đăng ký cho người dùng 'lanhdao'");
        // a person's key for the văn thư, who never signs
        assertThatThrownBy(() -> issuing.addPersonalKey(IssuingFixture.CLERK, TestKeys.pkcs12("vt", "Lê Thị Văn Thư",
                SIGNER_KEY_PASSWORD), null, null, SIGNER_KEY_PASSWORD.toCharArray(), TestKeys.signaturePng(), "test"))
                .isInstanceOf(IssuingRefusal.class)
                .hasMessageStartingWith("Người dùng 'vanthu' không có vai trò SIGNER (ký số bản chính thức) mà có CLERK");
        // a seal whose certificate names another province than its organisation's
        assertThatThrownBy(() -> issuing.addOrganisationKey("SNGV-TN", TestKeys.pkcs12("qt-seal",
                "Sở Ngoại vụ tỉnh Quảng Trị", SEAL_KEY_PASSWORD), null, null, SEAL_KEY_PASSWORD.toCharArray(),
                TestKeys.sealPng(), "test"))
                .isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("ghi tỉnh Quảng Trị, còn cơ quan SNGV-TN thuộc tỉnh Tây Ninh: đó không phải khóa "
                        + "của cơ quan này");
        // a certificate no longer valid, its days said in Vietnam's time (08:00 UTC is 15:00 in Hà Nội)
        Path expired = temp.resolve("het-han.p12");
        ProcessBuilder keytool = new ProcessBuilder("keytool", "-genkeypair", "-storetype", "PKCS12", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=Sở Ngoại vụ tỉnh Tây Ninh", "-alias", "cu", "-keystore",
                expired.toString(), "-storepass", SEAL_KEY_PASSWORD, "-keypass", SEAL_KEY_PASSWORD, "-startdate",
                "2020/01/01 08:00:00", "-validity", "30").redirectErrorStream(true)
                .redirectOutput(temp.resolve("keytool.log").toFile());
        keytool.environment().put("TZ", "UTC");
        assertThat(keytool.start().waitFor()).as(Files.readString(temp.resolve("keytool.log"))).isZero();
        assertThatThrownBy(() -> issuing.addOrganisationKey("SNGV-TN", bytes(expired), null, null,
                SEAL_KEY_PASSWORD.toCharArray(), TestKeys.sealPng(), "test"))
                .isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("chỉ có hiệu lực từ 01/01/2020 15:00 đến 31/01/2020 15:00, không phải lúc này");
        assertThat(issuing.keys()).hasSize(before);
        // its own, which names its province, is taken; so is the same key again for its owner
        issuing.addOrganisationKey("SNGV-TN", TestKeys.pkcs12("tn-seal", "Sở Ngoại vụ tỉnh Tây Ninh", SEAL_KEY_PASSWORD),
                null, null, SEAL_KEY_PASSWORD.toCharArray(), TestKeys.sealPng(), "test");
        issuing.addPersonalKey(IssuingFixture.SIGNER, directors, null, null, SIGNER_KEY_PASSWORD.toCharArray(),
                TestKeys.signaturePng(), "test");
        assertThat(issuing.keys()).hasSize(before + 2);
    }

    @Test
    @Order(11)
    void aFinalSentBackIsMadeAnewWhenAPersonAsksForItAgainAndNotByAJob(
            @Autowired vn.coordreport.pipeline.OnDemandReports reports) {
        Period q2 = Period.parse("2021-Q2");
        jobs.closePeriod(q2, null, true);
        long sentBack = onlyFinal("2021-Q2");
        issuing.reject(sentBack, issuing.actor(IssuingFixture.REVIEWER), "Trả lại nhầm");

        // the close run again leaves it as it is: its data and text are unchanged
        assertThat(jobs.closePeriod(q2, null, true).status()).isEqualTo("COMPLETED");
        assertThat(issuing.list(q2, null)).filteredOn(f -> f.agreementCode().equals(QT)).extracting(FinalDocument::versionId)
                .containsExactly(sentBack);

        // asked for again by a person, it is made anew for review, replacing the one sent back
        long again = reports.archived(QT, q2, null, vn.coordreport.render.Format.PDF, true, "vanhanh").id();

        assertThat(again).isNotEqualTo(sentBack);
        assertThat(issuing.find(again).orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
        assertThat(issuing.find(sentBack).orElseThrow().supersededBy()).isEqualTo(again);
        // and asked for once more, it is that one: nothing was sent back since
        assertThat(reports.archived(QT, q2, null, vn.coordreport.render.Format.PDF, true, "vanhanh").id()).isEqualTo(again);
    }

    @Test
    @Order(12)
    void theRegisterSaysWhenTheIssuedDocumentWasSignedWithAKeyOfAnotherName() {
        // the deputy (Order 6) signs with his own key a final that names the director under the signature
        jobs.closePeriod(Period.parse("2021-Q3"), null, true);
        long deputys = onlyFinal("2021-Q3");
        issuing.approve(deputys, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(List.of(deputys), issuing.actor("phogiamdoc"), SIGNER_KEY_PASSWORD.toCharArray());

        issuing.issue(List.of(deputys), issuing.actor(IssuingFixture.CLERK), SEAL_KEY_PASSWORD.toCharArray(), true);

        // the register, which names the director as signer, says whose key it was signed with
        long issued = issuing.find(deputys).orElseThrow().issuedVersionId();
        assertThat(issuing.register(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), "SNGV-QT", null))
                .filteredOn(e -> e.versionId() == issued).singleElement().satisfies(e -> {
                    assertThat(e.signerName()).isEqualTo("Nguyễn Văn Hùng");
                    assertThat(e.notes()).contains("ký số bằng khóa mang tên Trần Văn Phó, không phải người ký ghi "
                            + "trên văn bản (Nguyễn Văn Hùng)");
                });
        // and a document signed by the director himself says nothing of the kind
        assertThat(issuing.register(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), "SNGV-QT", null))
                .filteredOn(e -> e.versionId() != issued).allSatisfy(e -> assertThat(e.notes()).doesNotContain("ký số bằng khóa"));
    }

    @Test
    @Order(13)
    void theClerkSendsASignedFinalBackUnnumberedUnregisteredAndUnsent(
            @Autowired vn.coordreport.pipeline.OnDemandReports reports) {
        jobs.closePeriod(Period.parse("2021-Q4"), null, true);
        long signed = onlyFinal("2021-Q4");
        Actor clerk = issuing.actor(IssuingFixture.CLERK);
        // the văn thư sends back only what is signed, and is told who sends back what
        assertThatThrownBy(() -> issuing.reject(signed, clerk, "Sai nơi nhận")).isInstanceOf(IssuingRefusal.class)
                .hasMessage("Bản chính thức #" + signed + " đang ở bước “Chờ duyệt” (WAITING_REVIEW): trưởng phòng "
                        + "(REVIEWER) trả lại khi báo cáo chờ duyệt, lãnh đạo (SIGNER) trả lại khi báo cáo chờ ký, văn thư "
                        + "(CLERK) trả lại khi báo cáo đã ký, chưa cấp số và ban hành (SIGNED).");
        issuing.approve(signed, issuing.actor(IssuingFixture.REVIEWER), null);
        assertThatThrownBy(() -> issuing.reject(signed, clerk, "Sai nơi nhận")).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("đang ở bước “Chờ ký” (WAITING_SIGNATURE)");
        issuing.sign(List.of(signed), issuing.actor(IssuingFixture.SIGNER), SIGNER_KEY_PASSWORD.toCharArray());
        // the signer who signed it no longer sends it back; the văn thư of another province, or without a reason, neither
        assertThatThrownBy(() -> issuing.reject(signed, issuing.actor(IssuingFixture.SIGNER), "Ký nhầm"))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Đã ký, chờ ban hành” (SIGNED)");
        assertThatThrownBy(() -> issuing.reject(signed, issuing.actor("vanthu-tayninh"), "Sai nơi nhận"))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("thuộc tỉnh Quảng Trị")
                .hasMessageContaining("chỉ xử lý báo cáo của tỉnh Tây Ninh");
        assertThatThrownBy(() -> issuing.reject(signed, clerk, " ")).isInstanceOf(IssuingRefusal.class)
                .hasMessageContaining("hãy ghi rõ lý do");
        assertThat(issuing.find(signed).orElseThrow().state()).isEqualTo(FinalState.SIGNED);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String nextNumber = issuing.issueOutlook(signed).number();
        int registered = issuing.register(year, "SNGV-QT", null).size();
        int mails = greenMail.getReceivedMessages().length;
        int queued = delivery.list(null).size();

        // when the văn thư finds the recipients wrong and sends it back
        FinalDocument sentBack = issuing.reject(signed, clerk, "Sai nơi nhận: thiếu Văn phòng UBND tỉnh");

        // then it is sent back with the văn thư's reason, and no number, register line or mail is taken
        assertThat(sentBack.state()).isEqualTo(FinalState.REJECTED);
        assertThat(sentBack.documentNumber()).isNull();
        assertThat(sentBack.issuedVersionId()).isNull();
        assertThat(issuing.history(signed)).extracting(IssuingStep::step)
                .containsExactly("MADE", "APPROVED", "SIGNED", "REJECTED");
        assertThat(issuing.history(signed).get(3)).satisfies(s -> {
            assertThat(s.label()).isEqualTo("Trả lại");
            assertThat(s.username()).isEqualTo(IssuingFixture.CLERK);
            assertThat(s.comment()).isEqualTo("Sai nơi nhận: thiếu Văn phòng UBND tỉnh");
        });
        assertThat(jdbc.sql("select username || ' ' || action from audit_log where target = :t order by id")
                .param("t", "final/" + signed).query(String.class).list())
                .containsExactly("truongphong APPROVE", "lanhdao SIGN", "vanthu REJECT");
        assertThat(issuing.issueOutlook(signed).number()).isEqualTo(nextNumber);
        assertThat(issuing.register(year, "SNGV-QT", null)).hasSize(registered);
        assertThat(delivery.list(null)).hasSize(queued);
        // and the signed document is never issued after: refused, still nothing numbered, registered or mailed
        assertThatThrownBy(() -> issuing.issue(List.of(signed), clerk, SEAL_KEY_PASSWORD.toCharArray(), true))
                .isInstanceOf(IssuingRefusal.class).hasMessageContaining("đang ở bước “Bị trả lại” (REJECTED)");
        assertThat(issuing.register(year, "SNGV-QT", null)).hasSize(registered);
        assertThat(greenMail.getReceivedMessages()).hasSize(mails);
        // asked for again, the final is made anew, unsigned, for review from the start
        long again = reports.archived(QT, Period.parse("2021-Q4"), null, vn.coordreport.render.Format.PDF, true,
                "vanhanh").id();
        assertThat(issuing.find(again).orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
        assertThat(Poppler.validSignatures(issuing.document(again))).isZero();
    }
}
