package vn.coordreport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.coordreport.review.Review.Commendation;
import vn.coordreport.review.Review.CommendationKind;

/** {@code 02 tập thể, 06 cá nhân}. */
final class Commendations {

    private Commendations() {
    }

    static String summary(List<Commendation> commendations) {
        List<String> parts = new ArrayList<>();
        long collectives = total(commendations, CommendationKind.COLLECTIVE);
        long individuals = total(commendations, CommendationKind.INDIVIDUAL);
        if (collectives > 0) {
            parts.add(ReportBody.counted(collectives, "tập thể"));
        }
        if (individuals > 0) {
            parts.add(ReportBody.counted(individuals, "cá nhân"));
        }
        return String.join(", ", parts);
    }

    /** The distinct awards: {@code Giấy khen}, {@code Bằng khen của UBND tỉnh}. */
    static String awards(List<Commendation> commendations) {
        return String.join(", ", commendations.stream().map(Commendation::award).filter(Objects::nonNull)
                .map(String::strip).filter(a -> !a.isEmpty()).distinct().toList());
    }

    private static long total(List<Commendation> commendations, CommendationKind kind) {
        return commendations.stream().filter(c -> c.kind() == kind).mapToLong(Commendation::count).sum();
    }
}
