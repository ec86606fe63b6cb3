package vn.coordreport.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;

/**
 * Names of files: the ASCII part of a file name made of Vietnamese text ({@link #slug}), and the
 * {@code Content-Disposition} of a download ({@link #contentDisposition}).
 */
public final class FileNames {

    /** RFC 8187's attr-char besides letters and digits: what {@code filename*} keeps as it is. */
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private FileNames() {
    }

    /**
     * The readable ASCII form of a text, for a part of a file name: diacritics dropped (đ as d), every run of
     * other characters one {@code -}, none at either end; {@code report} when nothing is left; at most 80
     * characters. E.g. {@code 05/QCPH-SNgV-BĐBP} gives {@code 05-QCPH-SNgV-BDBP}.
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "report" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    /**
     * {@code attachment; filename="09-QCPH-SNgV-BP_2021_v2.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o...}: the
     * ASCII name as {@code filename}, which every client understands, and the Vietnamese one as {@code filename*}
     * (RFC 6266, RFC 8187: UTF-8, percent-encoded). Spring's {@link ContentDisposition} writes the type and the
     * quoted ASCII name; its own UTF-8 {@code filename} would repeat the Vietnamese name, not ASCII, in
     * {@code filename}, so {@code filename*} is added here.
     *
     * @param type  {@code attachment}, or {@code inline} for a document the browser shows
     * @param ascii the name in ASCII (e.g. made with {@link #slug})
     * @param name  the name as the user reads it
     */
    public static String contentDisposition(String type, String ascii, String name) {
        return ContentDisposition.builder(type).filename(ascii).build() + "; filename*=UTF-8''"
                + percentEncoded(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    /**
     * The same for a name a user reads alone: its ASCII form is its {@link #slug} with its extension
     * ({@code Báo cáo 09-QCPH-SNgV-BP 2021 số 01-BC-SNgV.pdf} gives {@code Bao-cao-09-QCPH-SNgV-BP-2021-so-01-BC-SNgV.pdf}).
     */
    public static String contentDisposition(String type, String name) {
        int dot = name.lastIndexOf('.');
        String ascii = dot > 0 ? slug(name.substring(0, dot)) + name.substring(dot) : slug(name);
        return contentDisposition(type, ascii, name);
    }

    private static String percentEncoded(String text) {
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
