package vn.coordreport.pipeline;

import org.springframework.stereotype.Component;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.ReviewQuery;

/**
 * Whether an archived report still shows its period's data: a final signed or issued after the period's figures
 * or texts changed would be a document the database contradicts (and, once issued, its period is locked).
 */
@Component
public class ReportCurrency {

    private final ReviewQuery reviews;

    ReportCurrency(ReviewQuery reviews) {
        this.reviews = reviews;
    }

    /**
     * True when the review of the report's agreement and period is no longer the one it was rendered from. The
     * template is left out: a final is the document under review whatever the layout of later ones.
     */
    public boolean dataChangedSince(ArchivedReport made) {
        String now = reviews.fingerprinted(made.agreementCode(), Period.parse(made.period()),
                PeriodCalendar.fromId(made.calendar())).fingerprint();
        return !made.fingerprint().startsWith(TemplateFingerprint.dataPart(now));
    }
}
