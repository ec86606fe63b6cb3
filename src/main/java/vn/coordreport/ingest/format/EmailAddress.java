package vn.coordreport.ingest.format;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import vn.coordreport.messages.Messages;

/**
 * One e-mail address a report can be mailed to, checked when it is imported
 * rather than when the period is closed: exactly one plain address
 * ({@code name@domain}, no display name, comment, group or second address),
 * in ASCII, with a name before the {@code @} and a domain of at least two
 * labels. JavaMail's strict parser checks the rest (dots, characters).
 */
final class EmailAddress {

    /** A domain name: labels of letters, digits and inner hyphens, at least two of them. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int MAX_LOCAL = 64;

    private EmailAddress() {
    }

    /** The address as it is; @throws IllegalArgumentException saying what is wrong with it */
    static String check(String v) {
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0 || v.indexOf('(') >= 0 || v.indexOf('"') >= 0) {
            throw wrong(v, "import.email.notPlain");
        }
        if (v.chars().anyMatch(c -> c == ',' || c == ';' || c == ' ') || v.indexOf('@') != v.lastIndexOf('@')) {
            throw wrong(v, "import.email.notOne");
        }
        int at = v.indexOf('@');
        if (at < 0) {
            throw wrong(v, "import.email.noAt");
        }
        if (at == 0) {
            throw wrong(v, "import.email.nothingBeforeAt");
        }
        if (!v.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            throw wrong(v, "import.email.notAscii");
        }
        String domain = v.substring(at + 1);
        if (!DOMAIN.matcher(domain).matches()) {
            throw wrong(v, "import.email.badDomain", domain);
        }
        if (at > MAX_LOCAL) {
            throw wrong(v, "import.email.localTooLong", String.valueOf(MAX_LOCAL));
        }
        try {
            InternetAddress address = new InternetAddress(v, true);
            address.validate();
            if (!v.equals(address.getAddress()) || address.getPersonal() != null || address.isGroup()) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            throw wrong(v, "import.email.invalid", e.getMessage());
        }
        return v;
    }

    private static IllegalArgumentException wrong(String v, String code, String... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = v;
        System.arraycopy(args, 0, all, 1, args.length);
        return new IllegalArgumentException(Messages.text(code, all));
    }
}
