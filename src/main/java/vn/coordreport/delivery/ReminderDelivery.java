package vn.coordreport.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.coordreport.messages.Messages;

/**
 * The module's façade for reminders to send data: queued once per agreement, agency, period and kind,
 * then sent by the same rules as reports ({@link ReportDelivery}): claimed before the SMTP conversation,
 * retried after a transient failure, never resent when the server may have the mail.
 */
@Service
public class ReminderDelivery {

    private final ReminderLedger ledger;
    private final ReportMail mail;
    private final ObjectProvider<JavaMailSender> senders;
    private final DeliveryProperties properties;

    ReminderDelivery(ReminderLedger ledger, ReportMail mail, ObjectProvider<JavaMailSender> senders,
            DeliveryProperties properties) {
        this.ledger = ledger;
        this.mail = mail;
        this.senders = senders;
        this.properties = properties;
    }

    /** Queues a reminder unless this one (agreement, agency, period, kind) was queued before; true if queued now. */
    public boolean enqueue(Reminder reminder) {
        return ledger.add(reminder, "<coordreport.reminder." + UUID.randomUUID() + "@" + mail.domain() + ">");
    }

    /** The reminders of a period, by agreement, agency and kind. */
    public List<ReminderRecord> list(String period) {
        return ledger.list(period);
    }

    /**
     * Sends every due reminder, each claimed on its own.
     *
     * @throws IllegalStateException when no SMTP server is configured ({@code spring.mail.host})
     */
    public DeliveryRun deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException(Messages.text("delivery.noSmtp"));
        }
        int[] counts = {0, 0, 0, ledger.markStaleUncertain(properties.sendingTimeout())};
        var runStart = ledger.now();
        for (var claim = ledger.claimNext(runStart); claim.isPresent(); claim = ledger.claimNext(runStart)) {
            ReminderLedger.Claim c = claim.get();
            counts[SendLedger.record(ledger, c.id(), c.attempts(), send(sender, c), properties)]++;
        }
        return DeliveryRun.of(counts);
    }

    private SmtpOutcome send(JavaMailSender sender, ReminderLedger.Claim claim) {
        return SendLedger.send(sender, () -> {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            InternetAddress from = new InternetAddress(MailWording.oneLine(properties.from()), false);
            if (from.getPersonal() != null) {
                from.setPersonal(from.getPersonal(), StandardCharsets.UTF_8.name());
            }
            helper.setFrom(from);
            InternetAddress to = new InternetAddress(MailWording.oneLine(claim.email()), true);
            to.setPersonal(MailWording.oneLine(claim.name()), StandardCharsets.UTF_8.name());
            helper.setTo(to);
            helper.setSubject(claim.subject());
            helper.setText(claim.body(), false);
            message.setHeader("Message-ID", claim.messageId());
            mail.dated(message);
            return message;
        });
    }
}
