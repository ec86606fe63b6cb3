package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.PdfA;
import vn.coordreport.issuing.Poppler;
import vn.coordreport.issuing.TestKeys;
import vn.coordreport.pipeline.MailServer;

/**
 * The issuing commands as the outside check runs them: a close mails nothing
 * and its finals wait; one is rejected and stays unsent; one is approved,
 * signed with a PKCS#12 key made by keytool and issued with the
 * organisation's key, after which its PDF says "Số: 01/BC-SNgV", carries two
 * valid signatures, is PDF/A-2b and reaches each recipient once; a step out
 * of order is refused with exit 1; the register lists the document. Then
 * the văn thư sends a signed final back instead of issuing it, and a deputy
 * whose key names him is warned before he gives its password.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssuingCommandsIntegrationTests {

    static final String SIGNER_PASSWORD = "mat-khau-khoa-giam-doc";
    static final String SEAL_PASSWORD = "mat-khau-con-dau";

    private static GreenMail greenMail;
    private static CliSession cli;

    @TempDir
    static Path temp;

    @BeforeAll
    static void freshDatabaseAndSmtpServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        cli = CliSession.onNewDatabase().set("spring.mail.host", "127.0.0.1").set("spring.mail.port", Integer.toString(port));
    }

    @AfterAll
    static void restore() {
        greenMail.stop();
        cli.close();
    }

    @Test
    @Order(1)
    void aFinalGoesFromTheCloseThroughReviewSignatureAndIssueToItsRecipientsOnce(CapturedOutput output)
            throws Exception {
        // given Quảng Trị and Tây Ninh, whose agencies name their signers, the users of the steps and their keys
        for (String set : List.of("quang-tri-2021", "tay-ninh-2019")) {
            ok(cli.run("import", IssuingFixture.withSigners(Path.of("src/main/resources/samples", set), temp).toString()));
        }
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "phong", "--role", "REVIEWER", "--password-stdin"));
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "giamdoc", "--role", "SIGNER,REVIEWER",
                "--password-stdin"));
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "vanthu", "--role", "CLERK", "--password-stdin"));
        Path signature = Files.write(temp.resolve("chu-ky.png"), TestKeys.signaturePng());
        Path seal = Files.write(temp.resolve("con-dau.png"), TestKeys.sealPng());
        Path signerKey = TestKeys.keytool(temp.resolve("keys"), "giamdoc", "Nguyễn Văn Hùng", SIGNER_PASSWORD);
        Path sealKey = TestKeys.keytool(temp.resolve("keys"), "sngv-qt", "Sở Ngoại vụ tỉnh Quảng Trị", SEAL_PASSWORD);
        CliSession.Run wrongKeyPassword = cli.runWithInput("sai\n", "keys", "add", "giamdoc", "--pkcs12",
                signerKey.toString(), "--password-stdin");
        assertThat(wrongKeyPassword.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrongKeyPassword.err()).contains("Mật khẩu của khóa ký số", "không đúng. Không có gì thay đổi.");
        // a key that lapses in ten days is taken, and said to; its last day is Hà Nội's (23:30 UTC is the next day)
        java.time.LocalDateTime start = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).atTime(23, 30);
        Path shortLived = signerKeyFrom(temp.resolve("keys/het-han-som.p12"), start, 10);
        String lastDay = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(start.plusDays(10)
                .atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        CliSession.Run lapsing = ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "keys", "add", "giamdoc", "--pkcs12",
                shortLived.toString(), "--image", signature.toString(), "--password-stdin"));
        assertThat(lapsing.err()).containsPattern("Cảnh báo: chứng thư số của khóa này chỉ còn hiệu lực đến ngày "
                + java.util.regex.Pattern.quote(lastDay) + " \\(còn (8|9|10) ngày\\)");
        assertThat(lapsing.out()).contains(lastDay);
        // one that lapses within hours is said to, with its hour, not "còn 0 ngày"
        java.time.LocalDateTime hourAgo = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1)
                .withSecond(0).withNano(0);
        Path lapsingToday = signerKeyFrom(temp.resolve("keys/het-han-hom-nay.p12"), hourAgo, 1);
        java.time.ZonedDateTime lapse = hourAgo.plusDays(1).atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        CliSession.Run withinHours = ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "keys", "add", "giamdoc", "--pkcs12",
                lapsingToday.toString(), "--image", signature.toString(), "--password-stdin"));
        assertThat(withinHours.err()).contains("Cảnh báo: chứng thư số của khóa này hết hiệu lực lúc "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(lapse)
                + ", chưa đầy một ngày nữa").doesNotContain("còn 0 ngày");
        // a signer's key without the image of the signature is taken, and said to show none
        CliSession.Run noImage = ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "keys", "add", "giamdoc", "--pkcs12",
                signerKey.toString(), "--password-stdin"));
        assertThat(noImage.err()).contains("Cảnh báo: khóa của giamdoc chưa có ảnh chữ ký: văn bản ký bằng khóa này sẽ "
                + "không có hình chữ ký");
        CliSession.Run withImage = ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "keys", "add", "giamdoc", "--pkcs12",
                signerKey.toString(), "--image", signature.toString(), "--password-stdin"));
        assertThat(withImage.err()).doesNotContain("chưa có ảnh chữ ký", "chỉ còn hiệu lực");
        // the body's code typed in small letters, as the register takes it: the key is the body's as stored
        ok(cli.runWithInput(SEAL_PASSWORD + "\n", "keys", "add", "--organisation", "sngv-qt", "--pkcs12",
                sealKey.toString(), "--alias", "sngv-qt", "--image", seal.toString(), "--password-stdin"));
        CliSession.Run keys = ok(cli.run("keys"));
        assertThat(keys.out()).contains("giamdoc", "cơ quan SNGV-QT", "PKCS12", "40 mm");
        assertThat(keys.out().lines().findFirst().orElseThrow())
                .matches("Số\\s+Chủ khóa\\s+Loại\\s+Bí danh\\s+Hiệu lực đến\\s+Hình ảnh\\s+Chứng thư số");

        // when 2021 is closed: no mail, both finals wait without a number
        CliSession.Run close = ok(cli.run("close-period", "2021", "--force"));
        assertThat(close.out()).contains("lập và lưu trữ 2", "các bản chính thức chờ duyệt");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        // and the clerk takes a Word copy of the final while it waits: its number and date blank
        CliSession.Run waitingWord = ok(cli.run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021",
                "--final", "--format", "docx", "--out", temp.resolve("word-waiting").toString()));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(Path.of(waitingWord.out().strip())));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText()).containsPattern("Số:\\s+/BC-SNgV").doesNotContain("01/BC-SNgV");
        }
        CliSession.Run approvals = ok(cli.run("approvals", "--period", "2021"));
        long quangTri = id(approvals.out(), "09/QCPH/SNgV-BP");
        long tayNinh = id(approvals.out(), "05/QCPH-SNgV-BĐBP");
        assertThat(row(approvals.out(), quangTri)).matches("^" + quangTri + "\\s+WAITING_REVIEW\\s.*");
        assertThat(row(approvals.out(), tayNinh)).matches("^" + tayNinh + "\\s+WAITING_REVIEW\\s.*");
        // the headings are Vietnamese, and each column starts where its heading does
        String heading = approvals.out().lines().findFirst().orElseThrow();
        assertThat(heading).matches("Bản chính thức\\s+Trạng thái\\s+Quy chế\\s+Kỳ\\s+Lần lập\\s+Số, ký hiệu\\s+Trống"
                + "\\s+Bước cuối\\s+Người thực hiện\\s+Lúc\\s+Bị thay bởi\\s+Ý kiến");
        assertThat(approvals.out().lines().skip(1)).hasSize(2).allSatisfy(line -> {
            assertThat(line.indexOf("WAITING_REVIEW")).isEqualTo(heading.indexOf("Trạng thái"));
            assertThat(line.indexOf(" 2021 ") + 1).isEqualTo(heading.indexOf("Kỳ"));
        });

        // a step out of order is refused, and so is one without the role
        CliSession.Run early = cli.runWithInput(SIGNER_PASSWORD + "\n", "sign", Long.toString(quangTri), "--as",
                "giamdoc", "--password-stdin");
        assertThat(early.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(early.err()).contains("Bản chính thức #" + quangTri + " đang ở bước “Chờ duyệt” (WAITING_REVIEW): chỉ ký "
                + "số được khi báo cáo ở bước “Chờ ký” (WAITING_SIGNATURE). Thứ tự là: duyệt, rồi ký số, rồi cấp số và ban hành.");
        CliSession.Run notAReviewer = cli.run("approve", Long.toString(quangTri), "--as", "vanthu");
        assertThat(notAReviewer.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notAReviewer.err()).contains("Người dùng 'vanthu' không được duyệt bản chính thức: việc này cần vai "
                + "trò REVIEWER, mà người này chỉ có CLERK.");
        CliSession.Run noneWaiting = cli.run("approve", "--period", "2099", "--as", "phong");
        assertThat(noneWaiting.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noneWaiting.err()).contains("không có bản chính thức nào của kỳ 2099 ở bước “Chờ duyệt” (WAITING_REVIEW)");
        // in English with coordreport.locale=en
        cli.set("coordreport.locale", "en");
        try {
            CliSession.Run inEnglish = cli.run("approve", Long.toString(quangTri), "--as", "vanthu");
            assertThat(inEnglish.status()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(inEnglish.err()).contains("user 'vanthu' may not approve a final: that takes the REVIEWER role, "
                    + "and they hold CLERK");
        } finally {
            cli.set("coordreport.locale", "vi");
        }

        // one is rejected and stays unsent
        assertThat(ok(cli.run("reject", Long.toString(tayNinh), "--as", "phong", "--comment", "Số liệu quý IV chưa đủ"))
                .out()).isEqualTo("Đã trả lại bản chính thức #" + tayNinh + " (05/QCPH-SNgV-BĐBP, kỳ 2021): REJECTED\n");
        assertThat(row(ok(cli.run("approvals")).out(), tayNinh)).matches("^" + tayNinh + "\\s+REJECTED\\s.*")
                .contains("Số liệu quý IV chưa đủ");

        // the other is approved, signed and issued
        assertThat(ok(cli.run("approve", Long.toString(quangTri), "--as", "phong", "--comment", "Đồng ý trình ký")).out())
                .isEqualTo("Đã duyệt bản chính thức #" + quangTri + " (09/QCPH/SNgV-BP, kỳ 2021): WAITING_SIGNATURE\n");
        int beforeSigning = output.getAll().length();
        CliSession.Run wrong = cli.runWithInput("sai-mat-khau\n", "sign", Long.toString(quangTri), "--as", "giamdoc",
                "--password-stdin");
        assertThat(wrong.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrong.err()).contains("Mật khẩu của khóa ký số của người dùng 'giamdoc' không đúng. Không có gì thay đổi.");
        assertThat(ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "sign", Long.toString(quangTri), "--as", "giamdoc",
                "--password-stdin")).out()).isEqualTo("Đã ký số bản chính thức #" + quangTri + " (09/QCPH/SNgV-BP, kỳ 2021): SIGNED\n");
        // the seal's key is named by its body, as the văn thư knows it
        CliSession.Run wrongSeal = cli.runWithInput("sai-mat-khau\n", "issue", Long.toString(quangTri), "--as", "vanthu",
                "--password-stdin");
        assertThat(wrongSeal.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrongSeal.err()).contains("Mật khẩu của khóa ký số của cơ quan ban hành Sở Ngoại vụ (SNGV-QT) không đúng.");
        CliSession.Run issue = ok(cli.runWithInput(SEAL_PASSWORD + "\n", "issue", Long.toString(quangTri), "--as",
                "vanthu", "--password-stdin"));
        assertThat(issue.out()).contains("Đã ban hành bản chính thức #" + quangTri + " (09/QCPH/SNgV-BP, kỳ 2021): ISSUED, "
                + "số 01/BC-SNgV ngày " + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Đã xếp 3 thư vào hàng gửi. Thư đến hạn gửi (cả thư còn chờ của các văn bản khác): gửi được 3, sẽ "
                        + "gửi lại sau 0, lỗi 0.");
        // and the director and the văn thư read nothing else: no library's warning in English (PDFBox's about the
        // signature fields' appearance, which PdfSigning draws itself)
        assertThat(output.getAll().substring(beforeSigning)).doesNotContain("Cảnh báo:", " WARN ", "Appearance generation");
        assertThat(row(ok(cli.run("approvals", "--period", "2021")).out(), quangTri))
                .matches("^" + quangTri + "\\s+ISSUED\\s.*01/BC-SNgV.*");

        // then its PDF carries its number and date, two valid signatures, is PDF/A-2b, and went to each recipient once
        Matcher issuedVersion = Pattern.compile("lưu thành phiên bản #(\\d+)").matcher(issue.out());
        assertThat(issuedVersion.find()).isTrue();
        CliSession.Run get = ok(cli.run("reports", "get", issuedVersion.group(1), "--out", temp.resolve("out").toString()));
        byte[] pdf = Files.readAllBytes(Path.of(get.out().strip()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(Poppler.text(pdf)).contains("Số: 01/BC-SNgV", "năm " + today.getYear());
        assertThat(Poppler.validSignatures(pdf)).as(Poppler.signatures(pdf)).isEqualTo(2);
        assertThat(PdfA.failures2b(pdf)).isEmpty();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::recipient))
                .containsExactlyInAnyOrder("giamdoc.sngv@quangtri.example.org", "chihuytruong.bdbp@quangtri.example.org",
                        "vanphong.ubnd@quangtri.example.org");

        // issuing it again is out of order
        CliSession.Run again = cli.runWithInput(SEAL_PASSWORD + "\n", "issue", Long.toString(quangTri), "--as", "vanthu",
                "--password-stdin");
        assertThat(again.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("đang ở bước “Đã ban hành” (ISSUED)");
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
        // and the archive names who issued it in words, not as it stores it ("issued by vanthu")
        assertThat(ok(cli.run("reports", "--agreement", "09/QCPH/SNgV-BP")).out()).contains("văn thư vanthu ban hành")
                .doesNotContain("issued by");
        // and the ledger lists its mails sent, each column under its heading
        CliSession.Run deliveries = ok(cli.run("deliveries"));
        String ledgerHeading = deliveries.out().lines().findFirst().orElseThrow();
        assertThat(ledgerHeading).matches("Phiên bản\\s+Quy chế\\s+Kỳ\\s+Lần lập\\s+Người nhận\\s+Trạng thái\\s+Số lần gửi"
                + "\\s+Đã gửi / sẽ gửi lúc\\s+Lỗi");
        assertThat(deliveries.out().lines().skip(1)).hasSize(3).allSatisfy(line -> {
            assertThat(line.indexOf("09/QCPH/SNgV-BP")).isEqualTo(ledgerHeading.indexOf("Quy chế"));
            assertThat(line.indexOf("SENT")).isEqualTo(ledgerHeading.indexOf("Trạng thái"));
            assertThat(line.substring(ledgerHeading.indexOf("Đã gửi"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        });

        // and its Word file, asked for now, is the issued text: its number and date filled in, as in the issued PDF,
        // not the copy made while it waited
        CliSession.Run word = ok(cli.run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021", "--final",
                "--format", "docx", "--out", temp.resolve("word").toString()));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(Path.of(word.out().strip())));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            // dated the day it was issued, as the issued PDF (Decree 30: a day below 10 and January, February
            // with their zero), not the conference's day the final as rendered carried
            String month = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : Integer.toString(day.getMonthValue());
            assertThat(text.getText()).contains("Số: 01/BC-SNgV", "ngày " + DateTimeFormatter.ofPattern("dd").format(day)
                    + " tháng " + month + " năm " + day.getYear());
        }
        // and the archive keeps it with that number
        String archived = ok(cli.run("reports", "--agreement", "09/QCPH/SNgV-BP")).out();
        String archiveHeading = archived.lines().findFirst().orElseThrow();
        // as a version of its own beside the copy without a number, which it supersedes
        assertThat(archived.lines().filter(l -> l.contains("DOCX") && l.contains("FINAL")).toList()).hasSize(2)
                .last().satisfies(l -> assertThat(l.substring(archiveHeading.indexOf("Số") - 1).strip()).startsWith("1 "));

        // and the register lists it, in its columns, printed and as files
        CliSession.Run register = ok(cli.run("register", "--year", Integer.toString(today.getYear())));
        assertThat(register.out()).contains("SNGV-QT", "01/BC-SNgV", "Nguyễn Văn Hùng");
        String registerHeading = register.out().lines().findFirst().orElseThrow();
        assertThat(registerHeading).matches("Cơ quan\\s+Số, ký hiệu\\s+Ngày\\s+Trích yếu\\s+Người ký\\s+Số bản\\s+Nơi nhận\\s+Ghi chú");
        assertThat(register.out().lines().skip(1)).singleElement().satisfies(line -> {
            assertThat(line.indexOf("01/BC-SNgV")).isEqualTo(registerHeading.indexOf("Số, ký hiệu"));
            assertThat(line.indexOf("Nguyễn Văn Hùng")).isEqualTo(registerHeading.indexOf("Người ký"));
        });
        // an issuing body's code in small letters is that body; a year that is none is said, not "no document in year 0"
        assertThat(ok(cli.run("register", "--year", Integer.toString(today.getYear()), "--agency", "sngv-qt")).out())
                .contains("01/BC-SNgV");
        CliSession.Run noYear = cli.run("register", "--year", "0");
        assertThat(noYear.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noYear.err()).contains("--year: '0' không phải là năm của sổ: ghi bốn chữ số, ví dụ 2026");
        // and a body that is none is said, not "nothing was issued by NOPE this year"
        CliSession.Run noBody = cli.run("register", "--year", Integer.toString(today.getYear()), "--agency", "NOPE");
        assertThat(noBody.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noBody.err()).contains("không có cơ quan nào mã 'NOPE'");
        assertThat(noBody.out()).isEmpty();
        Path csv = temp.resolve("so-van-ban-di.csv");
        ok(cli.run("register", "--year", Integer.toString(today.getYear()), "--agency", "SNGV-QT", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"Số, ký hiệu văn bản\",Ngày tháng văn bản,Tên loại và trích yếu "
                + "nội dung,Người ký,Nơi nhận văn bản,\"Đơn vị, người nhận bản lưu\",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú");
        assertThat(lines.get(1)).startsWith("01/BC-SNgV," + String.format("%02d/%02d/%d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear()) + ",Báo cáo kết quả thực hiện Quy chế phối hợp năm 2021");
        Path pdfRegister = temp.resolve("so-van-ban-di.pdf");
        ok(cli.run("register", "--year", Integer.toString(today.getYear()), "--out", pdfRegister.toString()));
        // with the columns' numbers under their heads, as Decree 30's form has them (a row too low drew none)
        assertThat(Poppler.text(Files.readAllBytes(pdfRegister))).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + today.getYear(),
                "Tên loại và trích yếu nội dung", "Ký nhận", "01/BC-SNgV", "(1)", "(5)", "(10)");
        // the register is kept as the documents it lists are: PDF/A-2b
        assertThat(PdfA.failures2b(Files.readAllBytes(pdfRegister))).isEmpty();
        // a year with nothing issued is still a register: its heading and columns, not a blank page
        Path empty = temp.resolve("so-van-ban-di-trong.pdf");
        ok(cli.run("register", "--year", Integer.toString(today.getYear() + 1), "--out", empty.toString()));
        assertThat(Poppler.text(Files.readAllBytes(empty))).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + (today.getYear() + 1),
                "Tên loại và trích yếu nội dung", "Ký nhận").doesNotContain("01/BC-SNgV");
        Path xlsx = temp.resolve("so-van-ban-di.xlsx");
        ok(cli.run("register", "--year", Integer.toString(today.getYear()), "--out", xlsx.toString()));
        assertThat(new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // and an administrator reopens the issued period, so that imports may change it again
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "quantri", "--role", "ADMIN", "--password-stdin"));
        CliSession.Run reopened = ok(cli.run("reopen", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021", "--as",
                "quantri", "--reason", "số liệu tuần tra được sửa"));
        assertThat(reopened.out()).contains("Đã mở lại kỳ 2021 của quy chế 09/QCPH/SNgV-BP");
        // a final asked for again with nothing changed is the issued document, and the clerk is told so
        CliSession.Run unchanged = ok(cli.run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021", "--final",
                "--out", temp.resolve("unchanged").toString()));
        assertThat(unchanged.out().strip()).endsWith(".pdf");
        assertThat(unchanged.err()).contains("Lưu ý: số liệu của kỳ không đổi từ khi văn bản số 01/BC-SNgV ngày ",
                "được ban hành: tệp ghi ra là văn bản đã ban hành đó, không lập bản chính thức mới");
    }

    @Test
    @Order(2)
    void theVanThuSendsASignedFinalBackInsteadOfIssuingIt() {
        // the users and keys of the test before; the first half of 2021 closed now
        ok(cli.run("close-period", "2021-H1", "--force"));
        CliSession.Run approvals = ok(cli.run("approvals", "--period", "2021-H1"));
        long quangTri = id(approvals.out(), "09/QCPH/SNgV-BP");
        long tayNinh = id(approvals.out(), "05/QCPH-SNgV-BĐBP");
        // one waiting for review is not the văn thư's to send back, and they are told which is
        CliSession.Run early = cli.run("reject", Long.toString(tayNinh), "--as", "vanthu", "--comment", "Sai nơi nhận");
        assertThat(early.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(early.err()).contains("văn thư (CLERK) trả lại khi báo cáo đã ký, chưa cấp số và ban hành (SIGNED).");
        ok(cli.run("approve", Long.toString(quangTri), "--as", "phong"));
        ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "sign", Long.toString(quangTri), "--as", "giamdoc",
                "--password-stdin"));
        int mails = greenMail.getReceivedMessages().length;

        // when the văn thư finds the signed one's recipients wrong
        CliSession.Run sentBack = ok(cli.run("reject", Long.toString(quangTri), "--as", "vanthu", "--comment",
                "Sai nơi nhận: thiếu Bộ Ngoại giao"));

        // then it is sent back, said as the other send-backs are, with who and why in the list
        assertThat(sentBack.out()).isEqualTo("Đã trả lại bản chính thức #" + quangTri
                + " (09/QCPH/SNgV-BP, kỳ 2021-H1): REJECTED\n");
        assertThat(row(ok(cli.run("approvals", "--period", "2021-H1")).out(), quangTri))
                .matches("^" + quangTri + "\\s+REJECTED\\s.*").contains("vanthu", "Sai nơi nhận: thiếu Bộ Ngoại giao");
        // and it is never issued: no number, no line in the register, no mail
        CliSession.Run issue = cli.runWithInput(SEAL_PASSWORD + "\n", "issue", Long.toString(quangTri), "--as",
                "vanthu", "--password-stdin");
        assertThat(issue.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(issue.err()).contains("đang ở bước “Bị trả lại” (REJECTED)");
        String year = Integer.toString(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        assertThat(ok(cli.run("register", "--year", year, "--agency", "SNGV-QT")).out()).contains("01/BC-SNgV")
                .doesNotContain("02/BC-SNgV");
        assertThat(greenMail.getReceivedMessages()).hasSize(mails);
        // and the help says who sends back what
        assertThat(ok(cli.run("reject", "--help")).out().replaceAll("\\s+", " ")).contains("văn thư khi bản đã ký, "
                + "chưa cấp số (SIGNED), nếu thấy sai thể thức (người ký, nơi nhận, lỗi trên văn bản)");
    }

    @Test
    @Order(3)
    void signWarnsOfAKeyInAnotherNameBeforeItAsksForThePassword() throws Exception {
        // the deputy, whose key names him, and the Tây Ninh final of the first half of 2021 approved for signature
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "phogiamdoc", "--role", "SIGNER", "--password-stdin"));
        Path deputysKey = TestKeys.keytool(temp.resolve("keys"), "pho", "Trần Văn Phó", SIGNER_PASSWORD);
        ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "keys", "add", "phogiamdoc", "--pkcs12", deputysKey.toString(),
                "--image", temp.resolve("chu-ky.png").toString(), "--password-stdin"));
        long tayNinh = id(ok(cli.run("approvals", "--period", "2021-H1")).out(), "05/QCPH-SNgV-BĐBP");
        ok(cli.run("approve", Long.toString(tayNinh), "--as", "phong"));
        String warning = "Cảnh báo: khóa ký số của người dùng 'phogiamdoc' mang tên 'Trần Văn Phó', còn bản chính thức #"
                + tayNinh + " ghi người ký là '" + IssuingFixture.signerOf("SNGV-TN") + "': nếu ký, văn bản sẽ không do"
                + " người có tên dưới chữ ký ký số, và sổ đăng ký văn bản đi sẽ ghi lại điều này.\n";

        // when the deputy signs and no password comes, the warning was said before it was asked for
        CliSession.Run noPassword = cli.runWithInput("", "sign", Long.toString(tayNinh), "--as", "phogiamdoc",
                "--password-stdin");

        assertThat(noPassword.status()).isEqualTo(ExitCode.BAD_INPUT);
        String refusal = "đầu vào chuẩn không có mật khẩu hay mã PIN";
        assertThat(noPassword.err()).contains(warning, refusal);
        assertThat(noPassword.err().indexOf(warning)).isLessThan(noPassword.err().indexOf(refusal));
        assertThat(row(ok(cli.run("approvals", "--period", "2021-H1")).out(), tayNinh))
                .matches("^" + tayNinh + "\\s+WAITING_SIGNATURE\\s.*");
        // and with the password it signs, as the contract takes any signer's key, its line as ever
        CliSession.Run signed = ok(cli.runWithInput(SIGNER_PASSWORD + "\n", "sign", Long.toString(tayNinh), "--as",
                "phogiamdoc", "--password-stdin"));
        assertThat(signed.err()).contains(warning);
        assertThat(signed.out()).isEqualTo("Đã ký số bản chính thức #" + tayNinh + " (05/QCPH-SNgV-BĐBP, kỳ 2021-H1): "
                + "SIGNED\n");
    }

    /** The director's key in a PKCS#12 file, valid from {@code start} (UTC) for so many days, made by keytool. */
    private Path signerKeyFrom(Path file, java.time.LocalDateTime start, int days) throws Exception {
        ProcessBuilder keytool = new ProcessBuilder("keytool", "-genkeypair", "-storetype", "PKCS12", "-keyalg",
                "RSA", "-keysize", "2048", "-dname", "CN=Nguyễn Văn Hùng", "-alias", "giamdoc", "-keystore",
                file.toString(), "-storepass", SIGNER_PASSWORD, "-keypass", SIGNER_PASSWORD, "-startdate",
                start.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")), "-validity",
                String.valueOf(days)).redirectErrorStream(true).redirectOutput(temp.resolve(file.getFileName() + ".log").toFile());
        keytool.environment().put("TZ", "UTC");
        assertThat(keytool.start().waitFor()).isZero();
        return file;
    }

    private static CliSession.Run ok(CliSession.Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    /** The id of the final of an agreement in the listing of {@code approvals}: the first column of its row. */
    private static long id(String listing, String agreement) {
        return listing.lines().filter(l -> l.contains(" " + agreement + " ")).map(l -> l.strip().split("\\s+")[0])
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    private static String row(String listing, long id) {
        return listing.lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
    }
}
