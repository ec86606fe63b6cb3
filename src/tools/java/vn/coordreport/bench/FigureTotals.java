package vn.coordreport.bench;

import java.math.BigDecimal;
import java.util.Collection;

import vn.coordreport.review.Review;

/**
 * Indicator figures summed over indicators and agreements: what the set-based
 * floor and the reviews must agree on, so the floor is known to compute the
 * figures a close does. Quantities are kept without trailing zeros, so equal
 * totals are equal records.
 */
record FigureTotals(long records, long previousRecords, long counterparts, long previousCounterparts,
        BigDecimal quantity, BigDecimal previousQuantity) {

    static final FigureTotals NONE = new FigureTotals(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    FigureTotals {
        quantity = quantity.stripTrailingZeros();
        previousQuantity = previousQuantity.stripTrailingZeros();
    }

    FigureTotals plus(FigureTotals other) {
        return new FigureTotals(records + other.records, previousRecords + other.previousRecords,
                counterparts + other.counterparts, previousCounterparts + other.previousCounterparts,
                quantity.add(other.quantity), previousQuantity.add(other.previousQuantity));
    }

    /** The totals of the figures these reviews show. */
    static FigureTotals of(Collection<Review> reviews) {
        FigureTotals totals = NONE;
        for (Review review : reviews) {
            for (Review.IndicatorFigure f : review.indicators()) {
                totals = totals.plus(new FigureTotals(f.records(), f.previousRecords(), f.counterparts(),
                        f.previousCounterparts(), f.quantity(), f.previousQuantity()));
            }
        }
        return totals;
    }
}
