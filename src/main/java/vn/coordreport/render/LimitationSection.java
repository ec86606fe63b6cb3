package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.List;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Limitation;
import vn.coordreport.review.Review.LimitationState;

/** II. Hạn chế, tồn tại: new in the period, carried over from earlier periods, resolved in it. */
final class LimitationSection {

    private LimitationSection() {
    }

    static void write(Review review, ReportLines lines) {
        List<Limitation> limitations = ReportBody.list(review.limitations());
        lines.section("II. HẠN CHẾ, TỒN TẠI");
        if (limitations.isEmpty()) {
            lines.paragraph("Trong kỳ không ghi nhận hạn chế, tồn tại nào trong thực hiện Quy chế phối hợp.");
            return;
        }
        part(lines, limitations, LimitationState.NEW, "1. Hạn chế, tồn tại phát sinh trong kỳ",
                "Trong kỳ không phát sinh hạn chế, tồn tại mới.");
        part(lines, limitations, LimitationState.CARRIED_OVER, "2. Hạn chế, tồn tại từ các kỳ trước chưa được khắc phục",
                "Không còn hạn chế, tồn tại nào từ các kỳ trước chưa được khắc phục.");
        part(lines, limitations, LimitationState.RESOLVED, "3. Hạn chế, tồn tại đã được khắc phục trong kỳ",
                "Trong kỳ chưa có hạn chế, tồn tại nào được khắc phục.");
    }

    private static void part(ReportLines lines, List<Limitation> all, LimitationState state, String title, String none) {
        lines.subsection(title);
        List<Limitation> these = all.stream().filter(l -> l.state() == state).toList();
        if (these.isEmpty()) {
            lines.paragraph(none);
        }
        for (Limitation l : these) {
            lines.paragraphMarkup("- " + ReportLines.escape(ReportWording.clause(l.text())) + note(l) + ".");
        }
    }

    private static String note(Limitation l) {
        String note = switch (l.state()) {
            case NEW -> l.foundOn() == null ? null : "ghi nhận ngày " + shortDate(l.foundOn());
            case CARRIED_OVER -> "tồn tại từ kỳ trước" + (l.foundOn() == null ? "" : ", ghi nhận ngày " + shortDate(l.foundOn()));
            case RESOLVED -> "đã khắc phục" + (l.resolvedOn() == null ? "" : " ngày " + shortDate(l.resolvedOn()));
        };
        return note == null ? "" : " <i>(" + ReportLines.escape(note) + ")</i>";
    }
}
