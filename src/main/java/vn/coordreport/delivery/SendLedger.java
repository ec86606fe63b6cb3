package vn.coordreport.delivery;

import java.time.Duration;

import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.internet.MimeMessage;

/** A ledger of mails sent exactly once: what a claimed row's SMTP outcome writes into it. */
interface SendLedger {

    void sent(long id, String noteOrNull);

    void retryAfter(long id, Duration wait, String error);

    void close(long id, String status, String error);

    /** Builds a message; nothing has reached the server while it runs. */
    interface Message {
        MimeMessage build() throws Exception;
    }

    /** Builds and sends one message and says what came of it for the ledger. */
    static SmtpOutcome send(JavaMailSender sender, Message message) {
        MimeMessage built;
        try {
            built = message.build();
        } catch (Exception e) {
            // nothing has reached the server: an invalid address is permanent, anything else can be retried
            SmtpOutcome outcome = SmtpOutcome.of(e);
            return outcome.kind() == SmtpOutcome.Kind.PERMANENT ? outcome
                    : new SmtpOutcome(SmtpOutcome.Kind.TRANSIENT, outcome.error());
        }
        try {
            sender.send(built);
            return new SmtpOutcome(SmtpOutcome.Kind.DELIVERED, null);
        } catch (Exception e) {
            return SmtpOutcome.of(e);
        }
    }

    /** Writes the outcome of one claimed row; returns 0 (sent), 1 (retry later), 2 (failed) or 3 (uncertain). */
    static int record(SendLedger ledger, long id, int attempts, SmtpOutcome outcome, DeliveryProperties properties) {
        switch (outcome.kind()) {
            case DELIVERED -> {
                ledger.sent(id, outcome.error());
                return 0;
            }
            case TRANSIENT -> {
                if (attempts < properties.maxAttempts()) {
                    ledger.retryAfter(id, properties.backoff(attempts), outcome.error());
                    return 1;
                }
                ledger.close(id, "FAILED", "gave up after " + attempts + " attempts: " + outcome.error());
                return 2;
            }
            case PERMANENT -> ledger.close(id, "FAILED", outcome.error());
            case UNCERTAIN -> {
                ledger.close(id, "UNCERTAIN", "not resent automatically, the server may have it: " + outcome.error());
                return 3;
            }
        }
        return 2;
    }
}
