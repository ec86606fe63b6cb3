package vn.coordreport.delivery;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/**
 * One ledger row as the {@code deliveries} command lists it.
 *
 * @param status     PENDING, SENDING, SENT, FAILED or UNCERTAIN
 * @param messageId  the mail's Message-ID, by which the mail server's log finds it
 */
public record DeliveryRecord(long versionId, String agreementCode, String period, int version, String email,
        String name, String status, int attempts, String lastError, OffsetDateTime sentAt,
        OffsetDateTime nextAttemptAt, String document, String messageId) {

    /** {@code org.eclipse.angus.mail.smtp.SMTPSendFailedException: } before a server's reply. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

    /** What went wrong with a mail not (yet) sent, read from {@code lastError}; null when sent or nothing went wrong. */
    public MailFailure failure() {
        return status.equals("SENT") ? null : MailFailure.of(lastError);
    }

    /** Why the mail did not go, in the office's words ({@code delivery.failure.*}); null when sent or nothing went wrong. */
    public String explanation() {
        MailFailure failure = failure();
        if (failure == null) {
            return null;
        }
        String code = MailFailure.replyCode(lastError);
        return Messages.text("delivery.failure." + failure.name(), code == null ? "" : code);
    }

    /**
     * What the mail server and the mail library said, for whoever looks into the mail server ({@code Message-ID}s
     * included), without the Java class names the library's words come with; null when nothing went wrong.
     */
    public String technicalDetail() {
        if (lastError == null) {
            return null;
        }
        // what the server said: without the ledger's own words before it (the explanation says them), and its UTF-8
        // replies as UTF-8 (Jakarta Mail reads a reply's bytes as ISO-8859-1: "Mailbox khÃ´ng tá»\u0093n táº¡i")
        String said = utf8(JAVA_CLASS.matcher(lastError).replaceAll("").strip()
                .replaceFirst("^not resent automatically, the server may have it: ", ""));
        // a mail cut off while sending is looked for in the mail server's log by its Message-ID
        return status.equals("UNCERTAIN") && messageId != null && !said.contains(messageId)
                ? said + " (Message-ID " + messageId + ")" : said;
    }

    /** Text whose characters are UTF-8 bytes read one by one as ISO-8859-1, decoded as UTF-8; any other as it is. */
    static String utf8(String text) {
        if (text.chars().noneMatch(c -> c >= 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return text;
        }
    }

    /** The period in words ({@code năm 2021}), or as stored when it is not a period's code. */
    public String periodWords() {
        return Period.wordsOf(period);
    }
}
