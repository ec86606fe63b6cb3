package vn.coordreport.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Helpers for the GreenMail tests: a free loopback port, a message's text and its recipient. */
public final class MailServer {

    private MailServer() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address a message is sent to, in lower case, without the name. */
    public static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            String to = message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString()
                    .toLowerCase(java.util.Locale.ROOT);
            return to.contains("<") ? to.substring(to.indexOf('<') + 1, to.indexOf('>')) : to;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text parts of a message, attachments left out. */
    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (!Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                    text.append(text(body)).append('\n');
                }
            }
            return text.toString();
        }
        return "";
    }
}
