package vn.coordreport.faults;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import vn.coordreport.pipeline.MailServer;

/**
 * The SMTP server the nodes send to: GreenMail on one port, stopped (the port
 * refuses connections) and started again on the same port. What it received
 * is kept across restarts.
 */
final class MailSink implements AutoCloseable {

    /** One mail as the checks need it. */
    record Mail(String to, String subject, String messageId) {
    }

    private final int port;
    private final List<Mail> kept = new ArrayList<>();
    private GreenMail server;

    MailSink(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    synchronized void stop() {
        kept.addAll(current());
        server.stop();
        server = null;
    }

    /** Every mail received so far (grouped by mailbox, not in the order they came). */
    synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(kept);
        all.addAll(current());
        return all;
    }

    /**
     * The mails received since an earlier {@link #received()}: each mail as many
     * times as it came since (a mail sent again has the same Message-ID).
     */
    synchronized List<Mail> since(List<Mail> before) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        before.forEach(m -> seen.merge(m.messageId(), 1, Integer::sum));
        List<Mail> fresh = new ArrayList<>();
        for (Mail m : received()) {
            if (seen.merge(m.messageId(), -1, Integer::sum) < 0) {
                fresh.add(m);
            }
        }
        return fresh;
    }

    private List<Mail> current() {
        List<Mail> mails = new ArrayList<>();
        if (server != null) {
            for (MimeMessage message : server.getReceivedMessages()) {
                mails.add(mail(message));
            }
        }
        return mails;
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(MailServer.recipient(message), message.getSubject(), message.getMessageID());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}
