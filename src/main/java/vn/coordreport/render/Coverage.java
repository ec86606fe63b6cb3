package vn.coordreport.render;

import java.time.LocalDate;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.review.Review;

/**
 * What a report may compare its figures with. "So với cùng kỳ" only where the
 * regulation was in effect for the whole of the same period a year earlier;
 * where it was in effect for part of it, that period's figure is given with the
 * day the regulation took effect and no percentage; where not at all, nothing
 * is compared. A term review compares year with year instead.
 *
 * @param since  for {@code PARTIAL}, the day the regulation took effect
 */
record Coverage(Kind kind, LocalDate since) {

    enum Kind { FULL, PARTIAL, NONE, TERM }

    static Coverage of(Review review) {
        if (review.period().kind() == Period.Kind.RANGE) {
            return new Coverage(Kind.TERM, null);
        }
        Review.AgreementInfo agreement = review.agreement();
        LocalDate from = agreement.effectiveFrom() != null ? agreement.effectiveFrom() : agreement.signedOn();
        LocalDate to = agreement.effectiveTo();
        DateRange previous = review.previousRange();
        if (from == null || previous == null) {
            return new Coverage(Kind.NONE, null);
        }
        boolean endsInTime = to == null || !to.isBefore(previous.to());
        if (!from.isAfter(previous.from()) && endsInTime) {
            return new Coverage(Kind.FULL, null);
        }
        if (!from.isAfter(previous.to()) && endsInTime) {
            return new Coverage(Kind.PARTIAL, from);
        }
        return new Coverage(Kind.NONE, null);
    }

    boolean full() {
        return kind == Kind.FULL;
    }

    boolean partial() {
        return kind == Kind.PARTIAL;
    }

    boolean term() {
        return kind == Kind.TERM;
    }

    /** Whether the previous period's figures are shown at all. */
    boolean showsPrevious() {
        return kind == Kind.FULL || kind == Kind.PARTIAL;
    }
}
