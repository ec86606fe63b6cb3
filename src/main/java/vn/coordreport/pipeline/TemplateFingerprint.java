package vn.coordreport.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.coordreport.archive.ReportKind;
import vn.coordreport.render.ReportRenderer;

/**
 * A digest of the report template, computed once: appended to the data
 * fingerprint, it makes a changed template render again what unchanged data
 * would otherwise take from the archive ({@link ReportRenderer#LAYOUT} for a
 * change of the code that lays it out).
 */
@Component
class TemplateFingerprint {

    static final String TEMPLATE = "reports/review-report.jrxml";

    private final String digest;

    TemplateFingerprint() {
        this.digest = digest(TEMPLATE);
    }

    /**
     * The data fingerprint with the template's digest appended, and for a draft the renderer's layout version: a
     * draft follows the renderer's fixes at the next nightly run, while a final stays the document under review,
     * signed and issued as it was made.
     */
    String of(String dataFingerprint, ReportKind kind) {
        return dataPart(dataFingerprint) + digest + (kind == ReportKind.DRAFT ? "+r" + ReportRenderer.LAYOUT : "");
    }

    /**
     * A final's fingerprint marked as made again after the version {@code sentBack} was sent back: other than that
     * version's, so that the archive stores it (the archive keeps one version per fingerprint), and the same
     * making by {@link #sameMaking}, so that a job finds it unchanged.
     */
    static String madeAgain(String fingerprint, long sentBack) {
        return unmarked(fingerprint) + AGAIN + sentBack;
    }

    /** Whether two fingerprints are of the same data, template and kind, whether made again or not. */
    static boolean sameMaking(String stored, String made) {
        return unmarked(stored).equals(unmarked(made));
    }

    /**
     * The Word file of an issued final, marked with the issued version {@code issuedId}: other than the Word file made
     * of the same data while the final waited (its number and date blank), which the archive would otherwise hand back
     * as the same version; the same making by {@link #sameMaking}.
     */
    static String issuedWord(String fingerprint, long issuedId) {
        return unmarked(fingerprint) + ISSUED + issuedId;
    }

    private static final String AGAIN = "+again";
    private static final String ISSUED = "+issued";

    private static String unmarked(String fingerprint) {
        int again = fingerprint.indexOf(AGAIN);
        int issued = fingerprint.indexOf(ISSUED);
        int mark = again < 0 ? issued : issued < 0 ? again : Math.min(again, issued);
        return mark < 0 ? fingerprint : fingerprint.substring(0, mark);
    }

    /** What every fingerprint made from this data fingerprint begins with, whatever the template and kind. */
    static String dataPart(String dataFingerprint) {
        return dataFingerprint + "+t";
    }

    private static String digest(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
