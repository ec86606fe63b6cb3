package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.count;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.AssessmentKind;

/**
 * A review's report as a document: the opening, the outline of domain.md
 * (I. kết quả đạt được, II. hạn chế, tồn tại và nguyên nhân, III. bài học
 * kinh nghiệm, IV. phương hướng, nhiệm vụ, V. kiến nghị, đề xuất, then the
 * commendations), each part left out when it has nothing to say, and the
 * closing block.
 */
final class ReportBody {

    private ReportBody() {
    }

    static ReportDocument document(Review review, RenderOptions options) {
        Coverage coverage = Coverage.of(review);
        List<Block> parts = Part.number(List.of(
                AchievementSection.part(review, coverage),
                LimitationSection.part(review),
                Part.of("Bài học kinh nghiệm", items(review.assessments(AssessmentKind.LESSON))),
                TaskSection.part(review),
                Part.of("Kiến nghị, đề xuất", items(review.assessments(AssessmentKind.PROPOSAL))),
                CommendationSection.part(review)));
        List<Block> body = new ArrayList<>(Opening.blocks(review, !parts.isEmpty()));
        body.addAll(parts);
        return new ReportDocument(Frame.masthead(review, options), List.copyOf(body), Frame.closing(review, options),
                Frame.missingSigner(review, options));
    }

    /** Paragraphs given as data, each a dashed item. */
    static List<Block> items(List<String> texts) {
        return texts.stream().filter(t -> !blank(t))
                .map(t -> (Block) Block.Paragraph.of("- " + ReportWording.clause(t) + ".")).toList();
    }

    /** Paragraphs given as data, as they are. */
    static List<Block> paragraphs(List<String> texts) {
        return texts.stream().filter(t -> !blank(t)).map(t -> (Block) Block.Paragraph.of(sentence(t))).toList();
    }

    /** A text ending in a full stop. */
    static String sentence(String text) {
        String t = ReportWording.clause(text);
        return t.isEmpty() || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
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
