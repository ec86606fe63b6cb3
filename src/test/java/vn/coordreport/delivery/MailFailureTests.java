package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What a failed send is called, read from the text the ledger keeps: from
 * real failures (a port nobody listens on, a GreenMail that refuses the
 * password) and from what servers answer (the replies of the scripted server
 * and of common servers).
 */
class MailFailureTests {

    @Test
    void aPortNobodyListensOnIsNoConnection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = sender(closed);

        assertThat(MailFailure.of(errorOf(sender))).isEqualTo(MailFailure.CONNECTION);
    }

    @Test
    void aRefusedPasswordIsAuthentication() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("gui@so.example.org", "dung-mat-khau"));
        server.start();
        try {
            JavaMailSenderImpl sender = sender(port);
            sender.setUsername("gui@so.example.org");
            sender.setPassword("sai-mat-khau");
            sender.getJavaMailProperties().setProperty("mail.smtp.auth", "true");

            assertThat(MailFailure.of(errorOf(sender))).isEqualTo(MailFailure.AUTHENTICATION);
        } finally {
            server.stop();
        }
    }

    @Test
    void theServersRepliesAreToldApart() {
        String refused = "Failed messages: jakarta.mail.SendFailedException: Invalid Addresses; nested exception is: "
                + "org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <refuse@laichau.example.org> "
                + "mailbox unavailable";
        assertThat(MailFailure.of(refused)).isEqualTo(MailFailure.RECIPIENT);
        assertThat(MailFailure.replyCode(refused)).isEqualTo("550");
        assertThat(MailFailure.of("550 mailbox unavailable")).isEqualTo(MailFailure.RECIPIENT);
        assertThat(MailFailure.of("Missing final '@domain'")).isEqualTo(MailFailure.RECIPIENT);
        assertThat(MailFailure.of("gave up after 2 attempts: 451 4.3.0 mailbox busy, try again later"))
                .isEqualTo(MailFailure.TEMPORARY);
        assertThat(MailFailure.of("554 5.7.1 Message rejected as spam")).isEqualTo(MailFailure.REFUSED);
        assertThat(MailFailure.of("535 5.7.8 Authentication credentials invalid")).isEqualTo(MailFailure.AUTHENTICATION);
        assertThat(MailFailure.of("not resent automatically, the server may have it: Read timed out"))
                .isEqualTo(MailFailure.INTERRUPTED);
        assertThat(MailFailure.of("Exception reading response; Read timed out")).isEqualTo(MailFailure.TIMEOUT);
        assertThat(MailFailure.of("Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1; Connection refused"))
                .isEqualTo(MailFailure.CONNECTION);
        assertThat(MailFailure.of("something odd")).isEqualTo(MailFailure.OTHER);
        assertThat(MailFailure.of(null)).isNull();
    }

    @Test
    void aSentMailHasNoFailureWhateverItsNote() {
        DeliveryRecord sent = new DeliveryRecord(1, "09/QCPH", "2021", 1, "a@b.vn", "A", "SENT", 1,
                "accepted; closing the connection failed: Read timed out", null, null, null, "<m1@coordreport>");
        assertThat(sent.failure()).isNull();
    }

    @Test
    void whatTheServerSaidIsGivenInItsOwnWordsAndItsUtf8AsUtf8() {
        // Jakarta Mail reads a reply's bytes as ISO-8859-1: a Vietnamese server's 550 came out as mojibake
        String reply = "550 5.1.1 <fail> Mailbox không tồn tại";
        String asRead = new String(reply.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        DeliveryRecord refused = new DeliveryRecord(1, "09/QCPH", "2021", 1, "a@b.vn", "A", "FAILED", 1,
                "org.eclipse.angus.mail.smtp.SMTPAddressFailedException: " + asRead, null, null, null, "<m1@coordreport>");
        assertThat(refused.technicalDetail()).isEqualTo(reply);
        // an uncertain one: what the server said, not the ledger's own English before it, then its Message-ID
        DeliveryRecord cut = new DeliveryRecord(1, "09/QCPH", "2021", 1, "a@b.vn", "A", "UNCERTAIN", 1,
                "not resent automatically, the server may have it: jakarta.mail.MessagingException: Read timed out",
                null, null, null, "<m1@coordreport>");
        assertThat(cut.technicalDetail()).isEqualTo("Read timed out (Message-ID <m1@coordreport>)");
        // text that is not UTF-8 read as ISO-8859-1 stays as it is
        assertThat(DeliveryRecord.utf8("Mailbox đầy")).isEqualTo("Mailbox đầy");
        assertThat(DeliveryRecord.utf8("caf\u00e9")).isEqualTo("caf\u00e9");
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        return sender;
    }

    /** The error as the ledger writes it down. */
    private static String errorOf(JavaMailSenderImpl sender) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("gui@so.example.org");
        mail.setTo("nhan@so.example.org");
        mail.setSubject("Báo cáo");
        mail.setText("Kính gửi");
        Exception failure = catchException(() -> sender.send(mail));
        assertThat(failure).isNotNull();
        return SmtpOutcome.describe(failure);
    }
}
