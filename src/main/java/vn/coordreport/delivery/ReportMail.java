package vn.coordreport.delivery;

import static vn.coordreport.messages.DateFormats.DAY;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.catalog.AgreementSummary;

/**
 * The mail that carries a final report: Vietnamese subject and body, the file
 * attached under the archive's name, and a Message-ID fixed per version and
 * recipient, so that a copy that did get through can be recognised.
 */
@Component
class ReportMail {

    private final DeliveryProperties properties;
    private final java.time.ZoneId zone;

    ReportMail(DeliveryProperties properties,
            @org.springframework.beans.factory.annotation.Value("${coordreport.time-zone:Asia/Ho_Chi_Minh}")
            java.time.ZoneId zone) {
        this.properties = properties;
        this.zone = zone;
    }

    /**
     * Dates a mail in {@code coordreport.time-zone} ({@code Sat, 5 Dec 2026 17:31:00 +0700}), as every time the
     * office reads: Jakarta Mail writes the JVM's zone, a server's UTC ({@code +0000}), when none is set.
     */
    void dated(MimeMessage message) throws MessagingException {
        message.setHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(zone)));
    }

    /** {@code <coordreport.v12.3f9a...@sngv.example.org>}: the same for the same version, address and sender, always. */
    String messageId(long versionId, String email) {
        return "<coordreport.v" + versionId + "." + sha256(email.strip().toLowerCase(Locale.ROOT)).substring(0, 24)
                + "@" + domain() + ">";
    }

    /** The domain of {@code coordreport.delivery.from}, which ends each mail's Message-ID. */
    String domain() {
        String address;
        try {
            address = new InternetAddress(MailWording.oneLine(properties.from()), false).getAddress();
        } catch (AddressException e) {
            address = properties.from();
        }
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "coordreport.local" : domain;
    }

    static String subject(ArchivedReport v) {
        // an issued document is known by its number and date; its archive version (the issued form follows the
        // final as rendered) says nothing to a recipient
        return MailWording.oneLine("Báo cáo kết quả thực hiện Quy chế phối hợp số " + v.agreementCode() + " "
                + MailWording.period(v.period()) + " (bản chính thức, "
                + (v.documentNumber() != null ? reference(v) : "phiên bản " + v.version()) + ")");
    }

    /** {@code số 05/BC-SNgV ngày 05/12/2026}, as the register names the document. */
    static String reference(ArchivedReport v) {
        return "số " + v.numberAndSymbol() + (v.issuedOn() == null ? "" : " ngày " + DAY.format(v.issuedOn()));
    }

    /** @param replacedOrNull the version it supersedes, which names the issued document it replaces */
    String body(ArchivedReport v, ArchivedReport replacedOrNull, AgreementSummary agreementOrNull, String name) {
        return body(v, replacedOrNull, agreementOrNull, null, false, name);
    }

    /**
     * The issuing body as a recipient of another province reads it: {@code Sở Ngoại vụ tỉnh Lạng Sơn}; null when the
     * agreement or its lead agency is unknown.
     */
    static String issuingBody(AgreementSummary agreementOrNull) {
        if (agreementOrNull == null || agreementOrNull.leadAgencyName() == null) {
            return null;
        }
        String name = MailWording.oneLine(agreementOrNull.leadAgencyName());
        String province = MailWording.oneLine(agreementOrNull.leadAgencyProvince());
        if (province.isEmpty() || name.contains(province)) {
            return name;
        }
        return name + (name.endsWith(" tỉnh") ? " " : " tỉnh ") + province;
    }

    /**
     * @param leadEmailOrNull  the lead agency's address ({@code contact_email}): the body's own contact, said in
     *                         place of the deployment's ({@code coordreport.delivery.contact}), which is one office's
     * @param severalProvinces whether the deployment serves several provinces: then the deployment's contact may be
     *                         another province's office, and a body without an address is named alone
     */
    String body(ArchivedReport v, ArchivedReport replacedOrNull, AgreementSummary agreementOrNull,
            String leadEmailOrNull, boolean severalProvinces, String name) {
        String code = MailWording.oneLine(v.agreementCode());
        // the period before the regulation, as the document's title has it ("sơ kết 6 tháng đầu năm 2019 thực hiện
        // Quy chế ..."), not after its number in brackets
        String regulation = agreementOrNull != null
                ? MailWording.oneLine(agreementOrNull.title()) + " (số " + code + ")"
                : "Quy chế phối hợp số " + code;
        String sender = agreementOrNull != null && agreementOrNull.leadAgencyName() != null
                ? agreementOrNull.leadAgencyName() : "Cơ quan chủ trì";
        StringBuilder text = new StringBuilder()
                .append("Kính gửi: ").append(MailWording.oneLine(name)).append(",\n\n")
                .append(MailWording.oneLine(sender)).append(" trân trọng gửi ")
                .append(v.documentNumber() != null ? "Báo cáo " + reference(v) + " về kết quả " : "báo cáo kết quả ")
                .append(MailWording.period(v.period())).append(" thực hiện ").append(regulation)
                .append(v.documentNumber() != null ? "" : ", bản chính thức, phiên bản " + v.version()).append(".\n");
        if (replacedOrNull != null && replacedOrNull.documentNumber() != null) {
            text.append("Báo cáo này thay thế Báo cáo ").append(reference(replacedOrNull)).append(" đã gửi trước đó.\n");
        } else if (v.supersedesId() != null) {
            text.append("Bản này thay thế bản chính thức đã gửi trước đó.\n");
        }
        text.append("\nTệp đính kèm: ").append(attachmentName(v)).append(" (").append(v.pages())
                .append(" trang, SHA-256 ").append(v.sha256()).append(").\n\n");
        String body = issuingBody(agreementOrNull);
        Optional<String> contact;
        if (body != null && leadEmailOrNull != null) {
            contact = Optional.of(body + ", " + MailWording.oneLine(leadEmailOrNull));
        } else if (body != null && severalProvinces) {
            contact = Optional.of(body);
        } else {
            contact = properties.whomToContact();
        }
        contact.ifPresent(c -> text.append("Mọi ý kiến trao đổi xin liên hệ: ").append(MailWording.oneLine(c))
                .append(".\n\n"));
        text.append("Thư này được gửi tự động từ hệ thống coordreport.\n");
        return text.toString();
    }

    /**
     * The attachment's name: an issued document's as the archive and the issuing page name it ({@code Báo cáo
     * 09-QCPH-SNgV-BP 2021 số 03-BC-SNgV.pdf}; "..._v2.pdf" puzzled a reader), else the archive's file name.
     */
    static String attachmentName(ArchivedReport v) {
        return v.numberAndSymbol() == null ? v.fileName() : v.readableName();
    }

    /**
     * @param leadEmailOrNull the lead agency's address: replies go there, and the body names it as the contact; the
     *                        sender's name is the issuing body's, its address the deployment's (its mail server's)
     */
    MimeMessage build(JavaMailSender sender, ArchivedReport v, ArchivedReport replacedOrNull, byte[] content,
            AgreementSummary agreementOrNull, String leadEmailOrNull, boolean severalProvinces, String email, String name,
            String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        InternetAddress from = new InternetAddress(MailWording.oneLine(properties.from()), false);
        String body = issuingBody(agreementOrNull);
        if (body != null) {
            from.setPersonal(body, StandardCharsets.UTF_8.name());
        } else if (from.getPersonal() != null) {
            from.setPersonal(from.getPersonal(), StandardCharsets.UTF_8.name());
        }
        helper.setFrom(from);
        String lead = leadEmailOrNull;
        if (lead != null) {
            try {
                InternetAddress replyTo = new InternetAddress(MailWording.oneLine(lead), true);
                if (body != null) {
                    replyTo.setPersonal(body, StandardCharsets.UTF_8.name());
                }
                helper.setReplyTo(replyTo);
            } catch (AddressException e) {
                lead = null; // an address the import took but mail refuses: the deployment's contact instead
            }
        }
        InternetAddress to = new InternetAddress(MailWording.oneLine(email), true);
        to.setPersonal(MailWording.oneLine(name), StandardCharsets.UTF_8.name());
        helper.setTo(to);
        helper.setSubject(subject(v));
        helper.setText(body(v, replacedOrNull, agreementOrNull, lead, severalProvinces, name), false);
        helper.addAttachment(attachmentName(v), new ByteArrayResource(content),
                v.format().equals("PDF") ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // base64 whatever the bytes look like: a mostly-ASCII file sent 7bit would have its line ends rewritten
        var parts = helper.getRootMimeMultipart();
        parts.getBodyPart(parts.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
        // JavaMailSenderImpl keeps a Message-ID that is set before sending, and a date
        message.setHeader("Message-ID", messageId);
        dated(message);
        return message;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
