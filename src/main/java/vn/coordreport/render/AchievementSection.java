package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.change;
import static vn.coordreport.render.VietnameseFormat.percentOf;
import static vn.coordreport.render.VietnameseFormat.quantity;
import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.AssessmentKind;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.review.Review.Result;

/**
 * I. Kết quả đạt được: how the work was led, the results field by field (the
 * narratives, then each indicator's figures in a sentence), the table of the
 * main indicators and the chart.
 */
final class AchievementSection {

    private AchievementSection() {
    }

    static Part part(Review review, Coverage coverage) {
        List<Result> results = ReportBody.list(review.results());
        List<IndicatorFigure> indicators = shown(review, coverage);
        List<Part> fields = new ArrayList<>();
        // the regulation's first day is said with the first comparison to a year it covers in part, not with each
        boolean[] sinceSaid = {false};
        for (Map.Entry<String, String> field : fields(results, indicators, coverage, review.fieldOrder()).entrySet()) {
            List<String> texts = new ArrayList<>(results.stream()
                    .filter(r -> field.getKey().equals(key(r.fieldCode(), r.fieldName())))
                    .map(r -> ReportWording.clause(r.text())).toList());
            boolean[] extended = new boolean[texts.size()];
            List<Block> sentences = new ArrayList<>();
            indicators.stream().filter(i -> field.getKey().equals(key(i.fieldCode(), i.fieldName())))
                    .filter(i -> said(i, coverage))
                    .forEach(i -> {
                        if (i.quantity() == null || i.quantity().signum() == 0) {
                            String against = againstNone(i, review, coverage, !sinceSaid[0]);
                            sentences.add(Block.Paragraph.of("- " + Phrases.none(i) + against + "."));
                            sinceSaid[0] |= against.contains("quy chế có hiệu lực");
                            return;
                        }
                        String said = Phrases.sentence(i);
                        String extra = extra(i, review, coverage, !sinceSaid[0]);
                        sinceSaid[0] |= coverage.partial() && !coverage.full();
                        // a paragraph that states the figure says it once, with what only the sentence adds
                        for (int t = 0; t < texts.size(); t++) {
                            String restated = extended[t] ? null
                                    : SaidOnce.restated(texts.get(t), said, quantity(i.quantity()), extra, i.note());
                            if (restated != null) {
                                texts.set(t, restated);
                                extended[t] = !extra.isEmpty();
                                return;
                            }
                        }
                        sentences.add(Block.Paragraph.of("- " + said + extra + "."));
                    });
            List<Block> blocks = new ArrayList<>();
            texts.forEach(t -> blocks.add(Block.Paragraph.of("- " + ReportBody.sentence(t))));
            blocks.addAll(sentences);
            fields.add(Part.of(field.getValue(), blocks));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of("Công tác lãnh đạo, chỉ đạo, triển khai",
                ReportBody.paragraphs(review.assessments(AssessmentKind.LEADERSHIP))));
        parts.add(Part.of("Kết quả trên các lĩnh vực", List.of(), fields));
        if (!indicators.isEmpty()) {
            parts.add(Part.of("Kết quả thực hiện các chỉ tiêu chủ yếu", List.of(IndicatorTable.of(review, coverage, indicators))));
        }
        IndicatorChart.of(review, coverage, indicators).ifPresent(chart -> parts.add(Part.of(chart.title(),
                List.of(chart))));
        return Part.of("Kết quả đạt được", List.of(), parts);
    }

    /**
     * The indicators a report shows: with a figure or a target in the period, and where the same period a
     * year earlier is compared, also those that had a figure then.
     */
    static List<IndicatorFigure> shown(Review review, Coverage coverage) {
        return ReportBody.list(review.indicators()).stream()
                .filter(i -> i.records() > 0 || i.target() != null || (coverage.full() && i.previousRecords() > 0))
                .toList();
    }

    /**
     * Whether an indicator has a sentence in its field: a figure in the period, or a figure of nothing where a target
     * or the period compared had one ({@link Phrases#none}); its field then has a point of its own if need be.
     */
    static boolean said(IndicatorFigure i, Coverage coverage) {
        return i.records() > 0 || (i.target() != null && i.target().signum() > 0)
                || ((coverage.full() || coverage.partial()) && i.previousQuantity() != null
                        && i.previousQuantity().signum() > 0);
    }

    /**
     * What follows the sentence of a figure of nothing ({@link Phrases#none}): what was planned and what the period
     * compared had, in words, as a percentage of nothing says nothing: {@code  (kế hoạch 05 buổi; năm 2016 có 03
     * vụ)}; with neither, nothing.
     */
    static String againstNone(IndicatorFigure i, Review review, Coverage coverage, boolean sayingSince) {
        List<String> against = new ArrayList<>();
        if (i.target() != null && i.target().signum() > 0) {
            against.add("kế hoạch " + quantity(i.target()) + " " + i.unit());
        }
        if ((coverage.full() || coverage.partial()) && i.previousQuantity() != null && i.previousQuantity().signum() > 0) {
            against.add(review.previous().vietnameseName() + " có " + quantity(i.previousQuantity()) + " " + i.unit()
                    + (coverage.partial() && sayingSince ? ", quy chế có hiệu lực từ ngày " + shortDate(coverage.since()) : ""));
        }
        return against.isEmpty() ? "" : " (" + String.join("; ", against) + ")";
    }

    /**
     * What follows an indicator's figures in its sentence: {@code Phối hợp tổ chức 26 lượt tuần tra song phương}
     * {@code  (tăng 18,2% so với cùng kỳ), đạt 86,7% kế hoạch (30 lượt)}; with a partly covered year earlier
     * {@code , đạt 106,7% kế hoạch (15 lượt); 6 tháng đầu năm 2018 có 06 đoàn (quy chế có hiệu lực từ ngày
     * 01/03/2018)}, the regulation's first day only where {@code sayingSince} (the first such sentence of the
     * report: said again in each, it read as a refrain); with none, nothing.
     */
    static String extra(IndicatorFigure i, Review review, Coverage coverage, boolean sayingSince) {
        StringBuilder s = new StringBuilder();
        if (coverage.full()) {
            String change = change(i.quantity(), i.previousQuantity());
            s.append(" (").append(change.startsWith("tăng") || change.startsWith("giảm") ? change + " so với cùng kỳ" : change);
            if (i.previousAmountVnd() != null && i.amountVnd() != null) {
                s.append("; giá trị ").append(change(i.amountVnd(), i.previousAmountVnd()));
            }
            s.append(')');
        }
        // the target before a partly covered year: after it, "đạt 106,7%" would read as that year's
        if (i.target() != null && i.target().signum() > 0) {
            s.append(", đạt ").append(percentOf(i.quantity(), i.target())).append(" kế hoạch (")
                    .append(quantity(i.target())).append(' ').append(i.unit()).append(')');
        }
        if (!coverage.full() && coverage.partial()) {
            boolean none = i.previousQuantity() == null || i.previousQuantity().signum() == 0;
            s.append("; ").append(review.previous().vietnameseName())
                    .append(none ? " chưa phát sinh" : " có " + quantity(i.previousQuantity()) + " " + i.unit());
            if (sayingSince) {
                s.append(" (quy chế có hiệu lực từ ngày ").append(shortDate(coverage.since())).append(')');
            }
        }
        return s.toString();
    }

    /**
     * The fields of the period in catalogue order; without one, results' order
     * first, indicator-only fields slotted in after their predecessors.
     */
    private static Map<String, String> fields(List<Result> results, List<IndicatorFigure> indicators, Coverage coverage,
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
            if (!said(i, coverage)) {
                continue;
            }
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

    static String key(String code, String name) {
        return code != null ? code : String.valueOf(name);
    }
}
