package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.TestKeys;
import vn.coordreport.pipeline.JobNames;

/**
 * The job commands as an operator runs them, against a real SMTP server, with
 * their exit statuses; the finals of a close go out when issued.
 */
@ExtendWith(OutputCaptureExtension.class)
class JobCommandsIntegrationTests {

    private static GreenMail greenMail;
    private static CliSession cli;

    @BeforeAll
    static void pointAtAFreshDatabaseAndAnSmtpServer() throws IOException {
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

    private static CliSession.Run run(String... args) {
        return cli.run(args);
    }

    /** The reviewer, signer and văn thư of every body, with keys made by keytool, take the period's finals out. */
    private static void issueAll(Path temp, String period) throws IOException {
        String password = "mat-khau-khoa";
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "duyet-ky", "--role", "REVIEWER,SIGNER",
                "--password-stdin"));
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "vanthu", "--role", "CLERK", "--password-stdin"));
        Path keys = temp.resolve("keys");
        ok(cli.runWithInput(password + "\n", "keys", "add", "duyet-ky", "--pkcs12",
                TestKeys.keytool(keys, "lanhdao", "Nguyễn Văn Hùng", password).toString(), "--password-stdin"));
        Path seal = java.nio.file.Files.write(temp.resolve("seal.png"), TestKeys.sealPng());
        for (String body : java.util.List.of("SNGV-LS", "SNGV-TN")) {
            ok(cli.runWithInput(password + "\n", "keys", "add", "--organisation", body, "--pkcs12",
                    TestKeys.keytool(keys, body, "Con dấu " + body, password).toString(), "--image", seal.toString(),
                    "--password-stdin"));
        }
        ok(cli.run("approve", "--period", period, "--as", "duyet-ky"));
        ok(cli.runWithInput(password + "\n", "sign", "--period", period, "--as", "duyet-ky", "--password-stdin"));
        // Tây Ninh's final of 2020-9M has no figure of its own (its data is of 2019): it goes out all the same
        ok(cli.runWithInput(password + "\n", "issue", "--period", period, "--as", "vanthu", "--password-stdin",
                "--confirm-empty"));
    }

    private static CliSession.Run ok(CliSession.Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    @Test
    void closePeriodMakesFinalsThatAreMailedOnceIssuedAndTheOtherJobCommandsAnswer(@TempDir Path temp,
            CapturedOutput output) throws IOException {
        // given Lạng Sơn and Tây Ninh: in 2020-9M agreement 12/QCPH-SNgV-BĐBP (two '*' recipients of Lạng Sơn)
        // and 05/QCPH-SNgV-BĐBP (two recipients of its own) were in effect
        for (String set : java.util.List.of("lang-son-2020", "tay-ninh-2019")) {
            Path data = IssuingFixture.withSigners(Path.of("src/main/resources/samples", set), temp);
            assertThat(run("import", data.toString()).status()).isZero();
        }

        // when the period is closed
        int beforeClosing = output.getAll().length();
        CliSession.Run close = run("close-period", "2020-9M");

        // then two finals wait for review, and nothing is mailed
        assertThat(close.status()).as(close.err()).isZero();
        assertThat(close.out()).containsPattern("(?m)^Tác vụ " + JobNames.PERIOD_CLOSE + ", lần chạy \\d+: COMPLETED; ")
                .contains("lập và lưu trữ 2",
                "các bản chính thức chờ duyệt", "period=2020-9M").doesNotContain("đã gửi");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        // its progress said in lines of the user's language, without the log's time, process and thread
        assertThat(output.getAll().substring(beforeClosing).lines().filter(l -> l.contains(JobNames.PERIOD_CLOSE)))
                .startsWith(JobNames.PERIOD_CLOSE + ": cần xem xét 2 báo cáo")
                .contains(JobNames.PERIOD_CLOSE + ": 2/2 báo cáo (100%)")
                .anySatisfy(l -> assertThat(l).matches(JobNames.PERIOD_CLOSE + ": COMPLETED sau 2/2 báo cáo, hết \\d+ giây"));

        // when they are approved, signed and issued: they go to two recipients each
        issueAll(temp, "2020-9M");
        assertThat(greenMail.getReceivedMessages()).hasSize(4);

        // when it is closed again: nothing new, and nothing is mailed
        CliSession.Run again = run("close-period", "2020-9M");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("lập và lưu trữ 0", "không đổi 2").doesNotContain("đã gửi");
        assertThat(greenMail.getReceivedMessages()).hasSize(4);

        // a period whose grace days have not passed is refused as bad input
        CliSession.Run early = run("close-period", "2099-H1");
        assertThat(early.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(early.err()).contains("Chưa chốt được kỳ 2099-H1 trước ngày ", "dùng --force để vẫn chốt kỳ ngay");
        // and --force, which a period not begun is refused with too, is said to hold from its first day
        assertThat(early.err()).contains("(trong API: \"force\": true), khi kỳ đã bắt đầu (kỳ này bắt đầu ngày 15/12/2098)");

        // jobs lists both executions; restart of a completed or unknown one is bad input
        CliSession.Run jobs = run("jobs");
        assertThat(jobs.status()).isZero();
        assertThat(jobs.out()).contains(JobNames.PERIOD_CLOSE, "COMPLETED", "calendar=agreement, period=2020-9M");
        // under Vietnamese headings, each column starting where its heading does, times as dd/MM/yyyy HH:mm
        String heading = jobs.out().lines().findFirst().orElseThrow();
        assertThat(heading).matches("Lần chạy\\s+Tác vụ\\s+Trạng thái\\s+Bắt đầu\\s+Kết thúc\\s+Đã xem xét\\s+Đã lập"
                + "\\s+Không đổi\\s+Thư đã gửi\\s+Tham số");
        assertThat(jobs.out().lines().skip(1).filter(l -> l.contains(JobNames.PERIOD_CLOSE))).hasSize(2).allSatisfy(line -> {
            assertThat(line.indexOf(JobNames.PERIOD_CLOSE)).isEqualTo(heading.indexOf("Tác vụ"));
            assertThat(line.indexOf("COMPLETED")).isEqualTo(heading.indexOf("Trạng thái"));
            assertThat(line.substring(heading.indexOf("Bắt đầu"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}  .*");
            assertThat(line.indexOf("calendar=")).isEqualTo(heading.indexOf("Tham số"));
        });
        // and narrows them as the jobs page's search does
        assertThat(run("jobs", "--search", "2020-9M", "--status", "COMPLETED", "--job", JobNames.PERIOD_CLOSE).out())
                .contains("period=2020-9M");
        assertThat(run("jobs", "--job", JobNames.NIGHTLY).out()).contains("Không có lần chạy nào khớp")
                .doesNotContain("period=2020-9M");
        assertThat(run("jobs", "--search", "2021-H1").out()).contains("Không có lần chạy nào khớp");
        assertThat(run("jobs", "--to", "2000-01-01").out()).contains("Không có lần chạy nào khớp");
        assertThat(run("jobs", "--status", "failed").status()).isZero(); // any case, as the page's search
        // a misspelt status or job is said so, not taken for an empty history
        CliSession.Run misspelt = run("jobs", "--status", "COMPLETE");
        assertThat(misspelt.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(misspelt.err()).contains("'COMPLETE' không phải là trạng thái của lần chạy: ghi một trong COMPLETED, "
                + "STARTING, STARTED, STOPPING, STOPPED, FAILED, ABANDONED, UNKNOWN");
        assertThat(run("jobs", "--job", "nightly").err())
                .contains("'nightly' không phải là tên tác vụ: ghi một trong nightlyReportsJob, periodCloseJob");
        // days the wrong way round are said so, not taken for an empty history
        CliSession.Run reversed = run("jobs", "--from", "01/06/2021", "--to", "01/01/2021");
        assertThat(reversed.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(reversed.err()).contains("ngày kết thúc 01/01/2021 trước ngày bắt đầu 01/06/2021");
        // a limit out of range reached PostgreSQL, which refused it in English (exit 3, as a failed job)
        CliSession.Run negative = run("jobs", "--limit", "-1");
        assertThat(negative.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(negative.err()).contains("--limit phải từ 1 đến 1.000 (đã ghi -1)").doesNotContain("LIMIT");
        CliSession.Run unknown = run("restart", "999999");
        assertThat(unknown.status()).as(unknown.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("Không có lần chạy tác vụ số 999999 (xem 'coordreport jobs').");

        CliSession.Run schedules = run("schedules");
        assertThat(schedules.status()).isZero();
        assertThat(schedules.out()).contains("nightly", "0 30 1 * * ?", "Asia/Ho_Chi_Minh", "close-year");
        // read from Quartz's tables, which hold no trigger until a node has served
        assertThat(schedules.out().lines().filter(line -> line.startsWith("nightly")).findFirst().orElseThrow())
                .containsPattern("Asia/Ho_Chi_Minh\\s+không\\s+\\d\\d/\\d\\d/\\d{4}");
        assertThat(schedules.out().lines().findFirst().orElseThrow())
                .matches("Lịch\\s+Tác vụ\\s+Cron\\s+Múi giờ\\s+Đã đăng ký\\s+Các lần chạy tới");
    }
}
