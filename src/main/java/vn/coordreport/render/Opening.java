package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.longDate;
import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.AgreementInfo;
import vn.coordreport.review.Review.AssessmentKind;
import vn.coordreport.review.Review.Conference;

/**
 * What comes before part I: the conference (when, where, who chaired it), the
 * regulation the report is made under and the period it covers, and the
 * situation of the period (đặc điểm tình hình) where it is given.
 */
final class Opening {

    static final String NOTHING_REPORTED =
            "Trong kỳ báo cáo, các cơ quan phối hợp chưa gửi số liệu, kết quả thực hiện Quy chế.";

    private Opening() {
    }

    /**
     * The opening; {@code partsFollow} false for a period of which nothing was reported (a final issued empty on
     * purpose): the opening then says so in a sentence of its own, rather than announcing with "như sau:" parts that
     * do not follow.
     */
    static List<Block> blocks(Review review, boolean partsFollow) {
        List<Block> blocks = new ArrayList<>();
        Conference conference = review.conference();
        if (conference != null && conference.date() != null) {
            String chairs = Chairs.of(conference.chairs(), review.agreement().parties());
            blocks.add(Block.Paragraph.of((ReportBody.blank(conference.name())
                    ? "Hội nghị đánh giá kết quả thực hiện Quy chế phối hợp" : conference.name().strip())
                    + " được tổ chức " + longDate(conference.date())
                    + (ReportBody.blank(conference.place()) ? "" : " tại " + ReportWording.place(conference.place()))
                    + (chairs.isEmpty() ? "" : ", do " + chairs + (conference.chairs().size() > 1 ? " đồng" : "")
                            + " chủ trì") + "."));
        }
        AgreementInfo agreement = review.agreement();
        blocks.add(Block.Paragraph.of("Thực hiện Quy chế phối hợp số " + agreement.code()
                + (agreement.signedOn() == null ? "" : " ngày " + shortDate(agreement.signedOn()))
                + ReportWording.between(agreement.parties()) + ", " + agreement.lead().name() + " báo cáo "
                + (review.period().kind() == Period.Kind.RANGE ? "tổng kết việc thực hiện Quy chế "
                        : "kết quả thực hiện Quy chế ")
                + review.period().vietnameseName() + " (" + dataWindow(review) + ")"
                + (partsFollow ? " như sau:" : ".")));
        List<Block> situation = ReportBody.paragraphs(review.assessments(AssessmentKind.SITUATION));
        if (!situation.isEmpty()) {
            blocks.add(new Block.Heading(0, "ĐẶC ĐIỂM TÌNH HÌNH"));
            blocks.addAll(situation);
        }
        if (!partsFollow) {
            blocks.add(Block.Paragraph.of(NOTHING_REPORTED));
        }
        return blocks;
    }

    /**
     * The days the figures cover: the period's, within the regulation's term, the term's day named where it cuts the
     * period ({@code số liệu từ ngày 23/02/2021, ngày Quy chế có hiệu lực, đến ngày 14/12/2021}). No record lies
     * outside the term (the import refuses it), so the period's own first day would claim data that cannot exist.
     */
    static String dataWindow(Review review) {
        AgreementInfo agreement = review.agreement();
        boolean starts = agreement.effectiveFrom() != null && agreement.effectiveFrom().isAfter(review.range().from())
                && !agreement.effectiveFrom().isAfter(review.range().to());
        boolean ends = agreement.effectiveTo() != null && agreement.effectiveTo().isBefore(review.range().to())
                && !agreement.effectiveTo().isBefore(review.range().from());
        return "số liệu từ ngày " + (starts ? shortDate(agreement.effectiveFrom()) + ", ngày Quy chế có hiệu lực,"
                : shortDate(review.range().from()))
                + " đến ngày " + (ends ? shortDate(agreement.effectiveTo()) + ", ngày Quy chế hết hiệu lực"
                : shortDate(review.range().to()));
    }
}
