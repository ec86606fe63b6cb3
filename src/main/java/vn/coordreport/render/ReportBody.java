package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.count;
import static vn.coordreport.render.VietnameseFormat.longDate;
import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.List;
import java.util.Map;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.AgreementInfo;
import vn.coordreport.review.Review.Conference;

/** The report's body, section by section, as rows for the template. */
final class ReportBody {

    private ReportBody() {
    }

    static List<Map<String, ?>> rows(Review review) {
        ReportLines lines = new ReportLines();
        introduction(review, lines);
        AchievementSection.write(review, lines);
        LimitationSection.write(review, lines);
        TaskSection.write(review, lines);
        commendations(review, lines);
        lines.paragraph("Trên đây là báo cáo " + ReportWording.lowerFirst(ReportWording.summary(review))
                + " của " + review.agreement().lead().name() + "./.");
        return lines.rows();
    }

    private static void introduction(Review review, ReportLines lines) {
        AgreementInfo agreement = review.agreement();
        lines.paragraph("Thực hiện Quy chế phối hợp số " + agreement.code()
                + (agreement.signedOn() == null ? "" : " ngày " + shortDate(agreement.signedOn()))
                + ReportWording.between(agreement.parties()) + ", " + agreement.lead().name()
                + " báo cáo kết quả thực hiện " + review.period().vietnameseName()
                + " (số liệu từ ngày " + shortDate(review.range().from()) + " đến ngày "
                + shortDate(review.range().to()) + ") như sau:");
        Conference conference = review.conference();
        if (conference != null && conference.date() != null) {
            List<String> chairs = list(conference.chairs());
            lines.paragraph((blank(conference.name()) ? "Hội nghị đánh giá kết quả thực hiện Quy chế phối hợp"
                    : conference.name().strip()) + " được tổ chức " + longDate(conference.date())
                    + (blank(conference.place()) ? "" : " tại " + conference.place().strip())
                    + (chairs.isEmpty() ? "" : ", do " + (chairs.size() > 1 ? "các đồng chí " : "đồng chí ")
                            + String.join(", ", chairs) + " chủ trì") + ".");
        }
    }

    private static void commendations(Review review, ReportLines lines) {
        var commendations = list(review.commendations());
        lines.section("IV. KHEN THƯỞNG");
        if (commendations.isEmpty()) {
            lines.paragraph("Trong kỳ chưa có tập thể, cá nhân được khen thưởng.");
            return;
        }
        String who = Commendations.summary(commendations);
        String awards = Commendations.awards(commendations);
        lines.paragraph((review.conference() != null ? "Tại Hội nghị, " : "Trong kỳ, ") + who
                + " được khen thưởng vì thành tích trong thực hiện Quy chế phối hợp"
                + (awards.isEmpty() ? "" : " (" + awards + ")") + ".");
        commendations.stream().filter(c -> !blank(c.recipient()))
                .forEach(c -> lines.paragraph("- " + (blank(c.award()) ? "Khen thưởng" : c.award().strip())
                        + " cho " + c.recipient().strip()
                        + (c.date() == null ? "" : " (" + shortDate(c.date()) + ")") + ";"));
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String counted(long n, String noun) {
        return count(n) + " " + noun;
    }
}
