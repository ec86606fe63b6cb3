package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The job commands as an operator runs them, against a real SMTP server, with their exit statuses. */
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

    @Test
    void closePeriodMailsOnceAndTheOtherJobCommandsAnswer() {
        // given Lạng Sơn and Tây Ninh: in 2020-9M agreement 12/QCPH-SNgV-BĐBP (two '*' recipients of Lạng Sơn)
        // and 05/QCPH-SNgV-BĐBP (two recipients of its own) were in effect
        assertThat(run("import", "src/main/resources/samples/lang-son-2020").status()).isZero();
        assertThat(run("import", "src/main/resources/samples/tay-ninh-2019").status()).isZero();

        // when the period is closed
        CliSession.Run close = run("close-period", "2020-9M");

        // then two finals go to two recipients each
        assertThat(close.status()).as(close.err()).isZero();
        assertThat(close.out()).contains("periodCloseJob execution", "COMPLETED", "2 rendered and archived",
                "4 mails sent", "period=2020-9M");
        assertThat(greenMail.getReceivedMessages()).hasSize(4);

        // when it is closed again: nothing new
        CliSession.Run again = run("close-period", "2020-9M");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 rendered and archived", "2 unchanged", "0 mails sent");
        assertThat(greenMail.getReceivedMessages()).hasSize(4);

        // a period whose grace days have not passed is refused as bad input
        CliSession.Run early = run("close-period", "2099-H1");
        assertThat(early.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(early.err()).contains("2099-H1 cannot be closed before");

        // jobs lists both executions; restart of a completed or unknown one is bad input
        CliSession.Run jobs = run("jobs");
        assertThat(jobs.status()).isZero();
        assertThat(jobs.out()).contains("periodCloseJob", "COMPLETED", "calendar=agreement, period=2020-9M");
        CliSession.Run unknown = run("restart", "999999");
        assertThat(unknown.status()).as(unknown.err()).isEqualTo(ExitCode.BAD_INPUT);

        CliSession.Run schedules = run("schedules");
        assertThat(schedules.status()).isZero();
        assertThat(schedules.out()).contains("nightly", "0 30 1 * * ?", "Asia/Ho_Chi_Minh", "close-year");
    }
}
