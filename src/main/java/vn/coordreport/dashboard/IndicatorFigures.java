package vn.coordreport.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import vn.coordreport.period.Period;

/**
 * The indicators of the dashboard's scope: over the trend's periods, and the last of them against target and
 * against the same period a year earlier.
 *
 * @param periods        the trend's periods, oldest first; the last is the one chosen
 * @param rows           one per indicator with a record in one of them or a target, in catalogue order
 * @param notComparable  the codes of the agreements whose regulation did not cover the whole of the same period
 *                       a year earlier: their figures are left out of the comparison, as their reports leave it out
 */
public record IndicatorFigures(List<Period> periods, List<Row> rows, List<String> notComparable) {

    /** Whether some figure is compared with the same period a year earlier: some regulation may be compared. */
    public boolean someCompared() {
        return rows.stream().anyMatch(r -> r.previous() != null);
    }

    /** Whether in some period of the trend none of the scope's regulations was in effect: its figures are blank. */
    public boolean somePeriodOutsideEffect() {
        return rows.stream().anyMatch(r -> r.trend().contains(null));
    }

    /**
     * The one period of the trend that has figures, when only one has (the others outside every regulation's
     * effect: a regulation signed this year): a trend of a single period is no trend, and is not drawn.
     */
    public Optional<Period> onlyPeriodWithFigures() {
        List<Period> with = IntStream.range(0, periods.size())
                .filter(i -> rows.stream().anyMatch(r -> r.trend().get(i) != null)).mapToObj(periods::get).toList();
        return with.size() == 1 ? Optional.of(with.get(0)) : Optional.empty();
    }

    /**
     * @param trend              the quantity of each period of {@link #periods}; null for a period in which
     *                           none of the scope's regulations was in effect (and nothing was recorded)
     * @param target             the sum of the targets set for the period, null where none is set
     * @param reachedOfTarget    the period's quantity of the agreements that set a target
     * @param previous           the same period a year earlier, of the agreements it may be compared for; null
     *                           where none may
     * @param currentComparable  the period's quantity of those same agreements
     */
    public record Row(String code, String name, String fieldName, String unit, List<BigDecimal> trend,
            BigDecimal target, BigDecimal reachedOfTarget, BigDecimal previous, BigDecimal currentComparable) {

        public BigDecimal current() {
            return trend.get(trend.size() - 1);
        }

        /** Percent of the target reached, one decimal; null without a (non-zero) target. */
        public BigDecimal targetPercent() {
            return percent(reachedOfTarget, target);
        }

        private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            if (part == null || whole == null || whole.signum() == 0) {
                return null;
            }
            return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        }
    }
}
