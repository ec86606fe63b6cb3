package vn.coordreport.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.ReviewQuery;

/**
 * The fingerprint a stored report is compared by: the review's data
 * fingerprint and a digest of the report template, so that a new template
 * re-renders everything and unchanged data with the same template renders
 * nothing. The one place this combination is made; the jobs and the on-demand
 * path both use it.
 */
@Component
public class ReportFingerprints {

    private static final String TEMPLATE = "reports/review-report.jrxml";

    private final ReviewQuery reviews;
    private final String templateDigest;

    ReportFingerprints(ReviewQuery reviews) {
        this.reviews = reviews;
        this.templateDigest = digest(TEMPLATE);
    }

    /** One query: the data fingerprint of the review, with the template's digest. */
    public String of(String agreementCode, Period period, PeriodCalendar calendar) {
        return reviews.fingerprint(agreementCode, period, calendar) + "+t" + templateDigest;
    }

    private static String digest(String resource) {
        try (InputStream in = ReportFingerprints.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template " + resource + " is missing from the classpath");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()))
                    .substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
