package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.billions;
import static vn.coordreport.render.VietnameseFormat.change;
import static vn.coordreport.render.VietnameseFormat.count;
import static vn.coordreport.render.VietnameseFormat.number;
import static vn.coordreport.render.VietnameseFormat.percentOf;
import static vn.coordreport.render.VietnameseFormat.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.review.Review.Result;

/**
 * I. Kết quả đạt được: the narrative results and indicator sentences field by
 * field, the indicator table grouped by field, and the chart of this period
 * against the previous one.
 */
final class AchievementSection {

    static final int CHART_INDICATORS = 8;
    private static final long BILLION = 1_000_000_000L;

    private AchievementSection() {
    }

    static void write(Review review, ReportLines lines) {
        List<Result> results = ReportBody.list(review.results());
        List<IndicatorFigure> indicators = ReportBody.list(review.indicators());
        lines.section("I. KẾT QUẢ ĐẠT ĐƯỢC");
        if (results.isEmpty() && indicators.isEmpty()) {
            lines.paragraph("Trong kỳ chưa ghi nhận kết quả, số liệu nào về thực hiện Quy chế phối hợp.");
            return;
        }
        lines.subsection("1. Kết quả trên các lĩnh vực");
        int letter = 0;
        for (Map.Entry<String, String> field : fields(results, indicators, review.fieldOrder()).entrySet()) {
            lines.item(ReportWording.letter(letter++) + ") " + field.getValue());
            results.stream().filter(r -> field.getKey().equals(key(r.fieldCode(), r.fieldName())))
                    .forEach(r -> lines.paragraph("- " + r.text().strip()));
            indicators.stream().filter(i -> field.getKey().equals(key(i.fieldCode(), i.fieldName())))
                    .forEach(i -> lines.paragraph("- " + sentence(i) + "."));
        }
        lines.subsection("2. Các chỉ tiêu chủ yếu");
        if (indicators.isEmpty()) {
            lines.paragraph("Trong kỳ không có số liệu chỉ tiêu.");
            return;
        }
        table(indicators, lines);
        chart(review, indicators, lines);
    }

    /** {@code Chương trình, dự án ...: 77 dự án của 46 đối tác, tổng trị giá 400 tỷ đồng (tăng 10% so với cùng kỳ)}. */
    static String sentence(IndicatorFigure i) {
        StringBuilder s = new StringBuilder(ReportWording.clause(i.name())).append(": ")
                .append(quantity(i.quantity())).append(' ').append(i.unit());
        if (i.counterparts() > 0) {
            s.append(" của ").append(count(i.counterparts())).append(" đối tác");
        }
        if (i.amountVnd() != null) {
            s.append(", tổng trị giá ").append(VietnameseFormat.money(i.amountVnd()));
        }
        String change = change(i.quantity(), i.previousQuantity());
        s.append(" (").append(change.startsWith("tăng") || change.startsWith("giảm") ? change + " so với cùng kỳ" : change);
        if (i.previousAmountVnd() != null && i.amountVnd() != null) {
            s.append("; trị giá ").append(change(i.amountVnd(), i.previousAmountVnd()));
        }
        s.append(')');
        if (i.target() != null && i.target().signum() > 0) {
            s.append(", đạt ").append(percentOf(i.quantity(), i.target())).append(" kế hoạch (")
                    .append(quantity(i.target())).append(' ').append(i.unit()).append(')');
        }
        return s.toString();
    }

    private static void table(List<IndicatorFigure> indicators, ReportLines lines) {
        String group = null;
        for (IndicatorFigure i : indicators) {
            if (!key(i.fieldCode(), i.fieldName()).equals(group)) {
                group = key(i.fieldCode(), i.fieldName());
                lines.tableGroup(i.fieldName());
            }
            lines.tableRow(ReportWording.clause(i.name()), i.unit(), number(i.quantity()), number(i.previousQuantity()),
                    change(i.quantity(), i.previousQuantity()), number(i.target()),
                    percentOf(i.quantity(), i.target()), number(i.totalSinceEffective()));
            if (i.amountVnd() != null || i.previousAmountVnd() != null) {
                long now = i.amountVnd() == null ? 0 : i.amountVnd();
                long before = i.previousAmountVnd() == null ? 0 : i.previousAmountVnd();
                boolean large = Math.max(Math.abs(now), Math.abs(before)) >= BILLION;
                lines.tableRow("– Tổng trị giá", large ? "tỷ đồng" : "triệu đồng",
                        large ? billions(now) : millions(now), large ? billions(before) : millions(before),
                        change(now, before), "", "", "");
            }
            if (i.counterparts() > 0 || i.previousCounterparts() > 0) {
                lines.tableRow("– Số đối tác", "đối tác", number(i.counterparts()), number(i.previousCounterparts()),
                        change(i.counterparts(), i.previousCounterparts()), "", "", "");
            }
        }
    }

    /** Up to eight indicators with the largest quantities, each pair of bars scaled to its larger value. */
    private static void chart(Review review, List<IndicatorFigure> indicators, ReportLines lines) {
        List<IndicatorFigure> shown = indicators.stream()
                .filter(i -> larger(i).signum() > 0)
                .sorted(Comparator.comparing(AchievementSection::larger).reversed())
                .limit(CHART_INDICATORS)
                .toList();
        lines.subsection("3. So sánh với cùng kỳ");
        if (shown.isEmpty()) {
            lines.paragraph("Các chỉ tiêu đều bằng không trong cả hai kỳ, không có số liệu để so sánh.");
            return;
        }
        lines.chartHead(ReportWording.capitalized(review.period().vietnameseName()),
                ReportWording.capitalized(review.previous().vietnameseName()));
        for (IndicatorFigure i : shown) {
            BigDecimal max = larger(i);
            lines.chartRow(ReportWording.clause(i.name()) + " (" + i.unit() + ")",
                    number(zero(i.quantity())), number(zero(i.previousQuantity())),
                    fraction(i.quantity(), max), fraction(i.previousQuantity(), max));
        }
        lines.paragraphMarkup("<i>Ghi chú: thanh đậm là " + ReportLines.escape(review.period().vietnameseName())
                + ", thanh nhạt là cùng kỳ " + ReportLines.escape(review.previous().vietnameseName())
                + "; độ dài hai thanh so sánh trong từng chỉ tiêu.</i>");
    }

    /**
     * The fields of the period in catalogue order; without one, results' order
     * first, indicator-only fields slotted in after their predecessors.
     */
    private static Map<String, String> fields(List<Result> results, List<IndicatorFigure> indicators,
            List<String> catalogueOrder) {
        List<String> order = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Result r : results) {
            String key = key(r.fieldCode(), r.fieldName());
            if (names.putIfAbsent(key, r.fieldName()) == null) {
                order.add(key);
            }
        }
        int cursor = 0;
        for (IndicatorFigure i : indicators) {
            String key = key(i.fieldCode(), i.fieldName());
            if (names.containsKey(key)) {
                cursor = Math.max(cursor, order.indexOf(key) + 1);
            } else {
                names.put(key, i.fieldName());
                order.add(cursor++, key);
            }
        }
        if (!catalogueOrder.isEmpty()) {
            order.sort(Comparator.comparingInt(k -> catalogueOrder.contains(k)
                    ? catalogueOrder.indexOf(k) : catalogueOrder.size()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        order.forEach(k -> ordered.put(k, names.get(k)));
        return ordered;
    }

    private static String key(String code, String name) {
        return code != null ? code : String.valueOf(name);
    }

    private static BigDecimal larger(IndicatorFigure i) {
        return zero(i.quantity()).max(zero(i.previousQuantity()));
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static double fraction(BigDecimal value, BigDecimal max) {
        return Math.max(0, zero(value).doubleValue() / max.doubleValue());
    }

    private static String millions(long vnd) {
        return number(BigDecimal.valueOf(vnd).divide(BigDecimal.valueOf(1_000_000L), 2, RoundingMode.HALF_UP));
    }
}
