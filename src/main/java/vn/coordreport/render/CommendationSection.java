package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Commendation;

/** The commendations for the work of the period, where there are any. */
final class CommendationSection {

    private CommendationSection() {
    }

    static Part part(Review review) {
        List<Commendation> commendations = ReportBody.list(review.commendations());
        List<Block> blocks = new ArrayList<>();
        if (!commendations.isEmpty()) {
            String awards = Commendations.awards(commendations);
            blocks.add(Block.Paragraph.of((review.conference() != null ? "Tại " + ReportWording.meeting(review.conference()) + ", " : "Trong kỳ, ")
                    + Commendations.summary(commendations) + " được khen thưởng"
                    + (awards.isEmpty() ? "" : " (" + awards + ")")
                    + " vì có thành tích trong thực hiện Quy chế phối hợp."));
            commendations.stream().filter(c -> !ReportBody.blank(c.recipient()))
                    .forEach(c -> blocks.add(Block.Paragraph.of("- " + c.recipient().strip()
                            + (ReportBody.blank(c.award()) ? "" : ": " + c.award().strip())
                            + (c.date() == null ? "" : " (" + shortDate(c.date()) + ")") + ";")));
        }
        return Part.of("Khen thưởng", blocks);
    }
}
