package vn.coordreport.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.IndicatorFigure;

/**
 * The chart under the table: like with like only. Where the regulation covered
 * the same period a year earlier in full, each indicator's figure against that
 * period's; for a term review, each year's. Bars of one unit share one scale.
 * Where nothing may be compared (the regulation is younger than the period a
 * year earlier), or every figure is nought, there is no chart: it would say
 * nothing the table does not.
 */
final class IndicatorChart {

    static final int COMPARED = 8;
    static final int TERM = 6;

    private IndicatorChart() {
    }

    static Optional<Block.Chart> of(Review review, Coverage coverage, List<IndicatorFigure> indicators) {
        if (!coverage.full() && !coverage.term()) {
            return Optional.empty();
        }
        List<String> series = new ArrayList<>();
        if (coverage.term()) {
            review.termYears().forEach(y -> series.add(String.valueOf(y.year())));
        } else {
            series.add(ReportWording.capitalized(review.period().vietnameseName()));
            series.add(ReportWording.capitalized(review.previous().vietnameseName()));
        }
        List<IndicatorFigure> largest = indicators.stream()
                .filter(i -> largest(i, coverage).signum() > 0)
                .sorted(Comparator.comparing((IndicatorFigure i) -> largest(i, coverage)).reversed())
                .limit(coverage.term() ? TERM : COMPARED)
                .toList();
        if (largest.isEmpty() || series.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ChartData.Item>> byUnit = new LinkedHashMap<>();
        for (IndicatorFigure i : indicators) {
            if (largest.contains(i)) {
                byUnit.computeIfAbsent(i.unit(), u -> new ArrayList<>())
                        .add(new ChartData.Item(ReportWording.clause(i.name()), values(i, coverage)));
            }
        }
        List<ChartData.UnitGroup> groups = byUnit.entrySet().stream()
                .map(e -> new ChartData.UnitGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
        String caption = coverage.term()
                ? "Biểu đồ: số liệu từng năm " + review.period().vietnameseName()
                        + " (thanh càng đậm là năm càng gần); các chỉ tiêu cùng đơn vị tính dùng chung một thang đo."
                : "Biểu đồ: thanh đậm là " + review.period().vietnameseName() + ", thanh nhạt là cùng kỳ "
                        + review.previous().vietnameseName() + "; các chỉ tiêu cùng đơn vị tính dùng chung một thang đo.";
        String title = coverage.term() ? "Một số chỉ tiêu chủ yếu qua các năm" : "So sánh một số chỉ tiêu chủ yếu với cùng kỳ";
        return Optional.of(new Block.Chart(new ChartData(List.copyOf(series), groups), title, caption));
    }

    private static List<BigDecimal> values(IndicatorFigure i, Coverage coverage) {
        return coverage.term() ? i.byYear() : List.of(zero(i.quantity()), zero(i.previousQuantity()));
    }

    private static BigDecimal largest(IndicatorFigure i, Coverage coverage) {
        return values(i, coverage).stream().map(IndicatorChart::zero).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
