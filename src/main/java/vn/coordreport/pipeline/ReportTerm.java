package vn.coordreport.pipeline;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.ReviewQuery;

/**
 * The regulation's term (its effective dates): a report is made only of a
 * period that overlaps it and has begun, and the periods offered to pick from
 * are those.
 * An open-ended regulation runs until today for the offer, without end for
 * the check.
 */
@Service
public class ReportTerm {

    private final AgreementCatalog catalog;
    private final ReviewQuery reviews;
    private final Clock clock;

    ReportTerm(AgreementCatalog catalog, ReviewQuery reviews, Clock clock) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** A period outside the regulation's term: said in Vietnamese, for the page, the API and the command line. */
    public static final class OutsideTerm extends IllegalArgumentException {

        OutsideTerm(String message) {
            super(message);
        }
    }

    /**
     * @param calendarOrNull null for the agreement's own calendar
     * @throws OutsideTerm              when the period's days and the term have none in common, or the period
     *                                  has not begun
     * @throws IllegalArgumentException for an unknown agreement
     */
    public void require(String agreementCode, Period period, PeriodCalendar calendarOrNull) {
        AgreementSummary agreement = catalog.require(agreementCode);
        DateRange days = period.range(reviews.calendar(agreement.code(), calendarOrNull));
        if (!overlaps(days, agreement.effectiveFrom(), agreement.effectiveTo())) {
            throw new OutsideTerm("Kỳ báo cáo " + period.vietnameseName() + " (" + days.toVietnamese()
                    + ") nằm ngoài thời hạn của quy chế " + agreement.code() + " (" + term(agreement)
                    + "). Hãy chọn một kỳ trong thời hạn này.");
        }
        LocalDate today = LocalDate.now(clock);
        if (days.from().isAfter(today)) {
            // nothing of it can have happened yet: its report would be empty, and the archive keeps every version
            throw new OutsideTerm("Kỳ báo cáo " + period.vietnameseName() + " (" + days.toVietnamese()
                    + ") chưa bắt đầu (hôm nay là " + DAY.format(today) + "). Hãy chọn một kỳ đã bắt đầu.");
        }
    }

    /** The days of a period in the agreement's own calendar (its setting, else the deployment's). */
    public DateRange days(String agreementCode, Period period) {
        return period.range(reviews.calendar(catalog.require(agreementCode).code(), null));
    }

    /** Every named period (years, halves, nine months, quarters) overlapping the term, newest first, then the whole term. */
    public List<Period> periods(String agreementCode) {
        AgreementSummary agreement = catalog.require(agreementCode);
        PeriodCalendar calendar = reviews.calendar(agreement.code(), null);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = agreement.effectiveTo() == null || agreement.effectiveTo().isAfter(today) ? today
                : agreement.effectiveTo();
        List<Period> periods = new ArrayList<>();
        for (int year = end.getYear() + (end.getMonthValue() == 12 ? 1 : 0); year >= agreement.effectiveFrom().getYear(); year--) {
            for (Period p : List.of(Period.year(year), Period.nineMonths(year), Period.half(year, 2), Period.half(year, 1),
                    Period.quarter(year, 4), Period.quarter(year, 3), Period.quarter(year, 2), Period.quarter(year, 1))) {
                DateRange days = p.range(calendar);
                if (overlaps(days, agreement.effectiveFrom(), end)) {
                    periods.add(p);
                }
            }
        }
        if (!agreement.effectiveFrom().isAfter(end)) {
            periods.add(Period.range(agreement.effectiveFrom(), end));
        }
        return periods;
    }

    /** {@code hiệu lực từ 12/04/2016 đến 05/10/2020}, or {@code hiệu lực từ 23/02/2021, chưa hết hạn}. */
    public static String term(AgreementSummary agreement) {
        return "hiệu lực từ " + DAY.format(agreement.effectiveFrom()) + (agreement.effectiveTo() == null
                ? ", chưa hết hạn" : " đến " + DAY.format(agreement.effectiveTo()));
    }

    private static boolean overlaps(DateRange days, LocalDate from, LocalDate toOrNull) {
        return !days.to().isBefore(from) && (toOrNull == null || !days.from().isAfter(toOrNull));
    }
}
