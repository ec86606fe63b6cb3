package vn.coordreport.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportKind;

/**
 * The {@code Content-Disposition} of a downloaded report: the archive's ASCII
 * file name as {@code filename} (every client understands it) and the
 * Vietnamese name as {@code filename*} (RFC 6266 / RFC 8187, UTF-8, percent-encoded), e.g.
 * {@code attachment; filename="09-QCPH-SNgV-BP_2021_du-thao_v1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o...}.
 * Spring's {@code ContentDisposition} writes the fallback as an RFC 2047 encoded word, which browsers
 * do not decode; this writes a plain one.
 */
final class Downloads {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloads() {
    }

    static String contentDisposition(ArchivedReport version) {
        String ascii = version.fileName();
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(vietnameseName(version));
    }

    /** {@code Báo cáo 09-QCPH-SNgV-BP 2021 (dự thảo) v1.pdf}. */
    static String vietnameseName(ArchivedReport v) {
        String code = v.agreementCode().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        String name = "Báo cáo " + code + " " + v.period().replace("..", "_") + (v.kind() == ReportKind.DRAFT ? " (dự thảo)" : "")
                + " v" + v.version() + "." + v.format().toLowerCase(java.util.Locale.ROOT);
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
