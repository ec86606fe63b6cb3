package vn.coordreport.render;

import java.util.List;
import java.util.Objects;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Limitation;
import vn.coordreport.review.Review.LimitationState;

/**
 * II. Hạn chế, tồn tại và nguyên nhân: the limitations of the period, those
 * carried over from earlier periods and those overcome in it, then their
 * causes. Each group appears only where it has something; a single group of
 * the period's own needs no heading of its own.
 */
final class LimitationSection {

    private LimitationSection() {
    }

    static Part part(Review review) {
        List<Limitation> limitations = ReportBody.list(review.limitations());
        List<Part> groups = List.of(
                group(limitations, LimitationState.NEW, "Hạn chế, tồn tại trong kỳ"),
                group(limitations, LimitationState.CARRIED_OVER, "Hạn chế, tồn tại từ các kỳ trước chưa được khắc phục"),
                group(limitations, LimitationState.RESOLVED, "Hạn chế, tồn tại đã được khắc phục trong kỳ"));
        List<Part> present = groups.stream().filter(g -> !g.empty()).toList();
        List<Block> causes = ReportBody.items(limitations.stream()
                .filter(l -> l.state() != LimitationState.RESOLVED)
                .map(Limitation::cause).filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty())
                .distinct().toList());
        boolean plain = present.size() == 1 && present.get(0) == groups.get(0);
        Part own = plain ? Part.of("Hạn chế, tồn tại", present.get(0).blocks())
                : Part.of("Hạn chế, tồn tại", List.of(), present);
        if (causes.isEmpty()) {
            return own;
        }
        return Part.of("Hạn chế, tồn tại và nguyên nhân", List.of(), List.of(own, Part.of("Nguyên nhân", causes)));
    }

    private static Part group(List<Limitation> all, LimitationState state, String title) {
        return Part.of(title, ReportBody.items(all.stream().filter(l -> l.state() == state).map(Limitation::text).toList()));
    }
}
