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
 * is compared, nor where the regulation ends within the period itself. A term
 * review compares year with year instead.
 *
 * Public so that the dashboard compares exactly where the report does.
 *
 * @param since  for {@code PARTIAL}, the day the regulation took effect
 */
public record Coverage(Kind kind, LocalDate since) {

    public enum Kind { FULL, PARTIAL, NONE, TERM }

    static Coverage of(Review review) {
        Review.AgreementInfo agreement = review.agreement();
        return of(review.period(), agreement.effectiveFrom(), agreement.signedOn(), agreement.effectiveTo(),
                review.previousRange());
    }

    /** The coverage of a period's previous comparable period ({@code previous}) by a regulation's term. */
    public static Coverage of(Period period, LocalDate effectiveFrom, LocalDate signedOn, LocalDate effectiveTo,
            DateRange previous) {
        if (period.kind() == Period.Kind.RANGE) {
            return new Coverage(Kind.TERM, null);
        }
        LocalDate from = effectiveFrom != null ? effectiveFrom : signedOn;
        LocalDate to = effectiveTo;
        if (from == null || previous == null) {
            return new Coverage(Kind.NONE, null);
        }
        boolean endsInTime = to == null || !to.isBefore(previous.to());
        if (to != null && to.isBefore(previous.to().plusYears(1))) {
            // the regulation ends within this period: its figures cover less than a whole one, and a percentage
            // against a whole one a year earlier would read as a fall
            return new Coverage(Kind.NONE, null);
        }
        if (!from.isAfter(previous.from()) && endsInTime) {
            return new Coverage(Kind.FULL, null);
        }
        if (!from.isAfter(previous.to()) && endsInTime) {
            return new Coverage(Kind.PARTIAL, from);
        }
        return new Coverage(Kind.NONE, null);
    }

    public boolean full() {
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
