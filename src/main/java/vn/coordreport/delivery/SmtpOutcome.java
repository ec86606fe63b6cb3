package vn.coordreport.delivery;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means for the ledger. Nothing may be resent that the
 * server may have accepted, so only failures known to come before the message
 * was handed over are retried:
 * <ul>
 * <li>{@link Kind#TRANSIENT}: no connection (refused, unknown host), login refused, or a 4xx reply;</li>
 * <li>{@link Kind#PERMANENT}: an invalid address, or a 5xx reply (the server refused the message);</li>
 * <li>{@link Kind#DELIVERED}: the server accepted the message and only closing the connection failed;</li>
 * <li>{@link Kind#UNCERTAIN}: anything else, e.g. the connection broke during the conversation.</li>
 * </ul>
 */
record SmtpOutcome(Kind kind, String error) {

    enum Kind { TRANSIENT, PERMANENT, DELIVERED, UNCERTAIN }

    static SmtpOutcome of(Exception failure) {
        String error = describe(failure);
        if (failure instanceof MailSendException send && send.getFailedMessages().isEmpty()
                && String.valueOf(send.getMessage()).contains("after message sending")) {
            return new SmtpOutcome(Kind.DELIVERED, error);
        }
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            Integer code = replyCode(t);
            if (code != null && code >= 400) {
                return new SmtpOutcome(code >= 500 ? Kind.PERMANENT : Kind.TRANSIENT, error);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AddressException || t instanceof MailParseException || t instanceof MailPreparationException
                    || t instanceof SendFailedException s && s.getInvalidAddresses() != null
                            && s.getInvalidAddresses().length > 0) {
                return new SmtpOutcome(Kind.PERMANENT, error);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof MailAuthenticationException
                    || t.getClass().getSimpleName().equals("MailConnectException")
                    || t instanceof MailSendException s && String.valueOf(s.getMessage()).startsWith("Mail server connection failed")) {
                return new SmtpOutcome(Kind.TRANSIENT, error);
            }
        }
        return new SmtpOutcome(Kind.UNCERTAIN, error);
    }

    /** The SMTP reply code of Angus Mail's SMTP exceptions (a runtime dependency, hence by reflection). */
    private static Integer replyCode(Throwable t) {
        if (!t.getClass().getName().contains(".smtp.SMTP")) {
            return null;
        }
        try {
            return (Integer) t.getClass().getMethod("getReturnCode").invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    /** The failure, its causes, nested messaging exceptions and per-message failures. */
    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (seen.put(t, true) != null) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException s) {
                todo.addAll(List.of(s.getMessageExceptions()));
            }
        }
        return all;
    }

    /** One line: the innermost messages, no line breaks, at most 500 characters. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : chain(failure)) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message.strip()) < 0) {
                text.append(text.isEmpty() ? "" : "; ").append(message.strip());
            }
        }
        String line = (text.isEmpty() ? failure.getClass().getSimpleName() : text.toString())
                .replaceAll("\\s+", " ");
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
