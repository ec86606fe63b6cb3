package vn.coordreport.delivery;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong with a mail, read from the error the ledger keeps (the mail
 * server's reply and Jakarta Mail's own words, see {@link SmtpOutcome#describe}),
 * so that a page can say it in the office's words and keep the raw text for the
 * administrator. The ledger's rows of before are read the same way.
 */
public enum MailFailure {

    /** No connection: refused, unknown host, no route, or the connection itself timed out. */
    CONNECTION,
    /** The server stopped answering during the conversation. */
    TIMEOUT,
    /** The server refused the sender account's login. */
    AUTHENTICATION,
    /** The server refused the recipient's address (5xx with a 5.1.x status), or the address is not one. */
    RECIPIENT,
    /** A 4xx reply: the server refused for now (busy, full, greylisting). */
    TEMPORARY,
    /** Any other 5xx reply: the server refused the message. */
    REFUSED,
    /** Cut off while sending: the server may have the message. */
    INTERRUPTED,
    /** Anything else. */
    OTHER;

    /** A reply code where a server's reply starts: at the beginning, or after Jakarta Mail's "...Exception: " or "; ". */
    private static final Pattern REPLY = Pattern.compile("(?:^|[:;]\\s*)([45]\\d\\d)[ -]");

    /** The kind of the failure a ledger row's error tells of; null for no error. */
    public static MailFailure of(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        String text = error.toLowerCase(Locale.ROOT);
        if (text.contains("not resent automatically") || text.contains("cut off while sending")) {
            return INTERRUPTED;
        }
        String code = replyCode(error);
        if (text.contains("authentication") || "530".equals(code) || "534".equals(code) || "535".equals(code)) {
            return AUTHENTICATION;
        }
        if (code != null) {
            if (code.startsWith("4")) {
                return TEMPORARY;
            }
            return text.matches("(?s).*\\b5\\.1\\.\\d.*") || containsAny(text, "recipient", "user unknown",
                    "no such user", "mailbox unavailable") ? RECIPIENT : REFUSED;
        }
        if (containsAny(text, "illegal address", "missing final '@domain'", "domain contains", "local address contains",
                "missing domain", "missing local name", "illegal character")) {
            return RECIPIENT;
        }
        if (containsAny(text, "couldn't connect", "connection refused", "unknownhost", "unknown host", "no route to host",
                "network is unreachable", "connect timed out", "mail server connection failed")) {
            return CONNECTION;
        }
        return text.contains("timed out") ? TIMEOUT : OTHER;
    }

    /** The first SMTP reply code in the error ({@code 550}), or null when the server's reply is not in it. */
    public static String replyCode(String error) {
        if (error == null) {
            return null;
        }
        Matcher m = REPLY.matcher(error);
        return m.find() ? m.group(1) : null;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
