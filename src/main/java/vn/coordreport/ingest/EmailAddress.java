package vn.coordreport.ingest;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

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
            throw wrong(v, "is not a plain e-mail address: write the address alone, as name@domain (the recipient's "
                    + "name goes in the name column)");
        }
        if (v.chars().anyMatch(c -> c == ',' || c == ';' || c == ' ') || v.indexOf('@') != v.lastIndexOf('@')) {
            throw wrong(v, "is not one e-mail address: write one address a row (another recipient is another row)");
        }
        int at = v.indexOf('@');
        if (at < 0) {
            throw wrong(v, "is not an e-mail address: it has no '@'");
        }
        if (at == 0) {
            throw wrong(v, "is not an e-mail address: it has nothing before the '@'");
        }
        if (!v.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            throw wrong(v, "is not an e-mail address a mail server takes: write it in ASCII letters (a domain with "
                    + "accents in its xn-- form)");
        }
        String domain = v.substring(at + 1);
        if (!DOMAIN.matcher(domain).matches()) {
            throw wrong(v, "is not an e-mail address: its domain '" + domain + "' is not a whole domain name "
                    + "(labels of letters, digits and '-' separated by dots, e.g. sngv.quangtri.gov.vn)");
        }
        if (at > MAX_LOCAL) {
            throw wrong(v, "is not an e-mail address: the part before the '@' is longer than " + MAX_LOCAL + " characters");
        }
        try {
            InternetAddress address = new InternetAddress(v, true);
            address.validate();
            if (!v.equals(address.getAddress()) || address.getPersonal() != null || address.isGroup()) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            throw wrong(v, "is not an e-mail address: " + e.getMessage());
        }
        return v;
    }

    private static IllegalArgumentException wrong(String v, String why) {
        return new IllegalArgumentException("'" + v + "' " + why);
    }
}
