package vn.coordreport.web;

import org.apache.tomcat.util.res.StringManager;

/**
 * The address of a request whose request line Tomcat refused for a character it may not hold ({@code
 * ?agreement=Lạng} sent unencoded): Tomcat stops reading there, so the request has no path nor headers, and the
 * address is known only from Tomcat's own message ({@code iib.invalidRequestTarget}). The message is read with
 * Tomcat's own words for it, in the language Tomcat wrote it, not by guessing at its English.
 */
final class RefusedTarget {

    private static final String MARK = "\u0000";

    private RefusedTarget() {
    }

    /** The address as Tomcat quotes it (bytes outside ASCII as {@code 0xe1}), or null when this is not that refusal. */
    static String of(Throwable refusal) {
        if (!(refusal instanceof IllegalArgumentException) || refusal.getMessage() == null) {
            return null;
        }
        String shape = StringManager.getManager("org.apache.coyote.http11").getString("iib.invalidRequestTarget", MARK);
        int at = shape.indexOf(MARK);
        if (at < 0) {
            return null;
        }
        String before = shape.substring(0, at);
        String after = shape.substring(at + MARK.length());
        String message = refusal.getMessage();
        if (!message.startsWith(before) || !message.endsWith(after) || message.length() < before.length() + after.length()) {
            return null;
        }
        return message.substring(before.length(), message.length() - after.length());
    }

    /** Whether an address (a path, or a whole URL as a proxy sends it) is the API's. */
    static boolean api(String address) {
        String path = address.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api?");
    }
}
