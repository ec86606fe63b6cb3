package vn.coordreport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.coordreport.review.ReviewFixtures.day;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review.AssessmentKind;
import vn.coordreport.support.IntegrationTest;

/**
 * What a review reads for the parts of a report that import format 1.1 feeds: the assessments of the period,
 * the limitations' causes, the lead agency's system and drafting unit, the indicators' phrases, the successor
 * of a regulation, and a term review's figures year by year.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportPartsIntegrationTests {

    private static final String QN = "03-QC/ĐU";
    private static final String QN_NEXT = "07-QC/ĐU";

    @Autowired
    ReviewQuery reviews;

    @BeforeAll
    void given(@Autowired JdbcClient jdbc) {
        new ReviewFixtures(jdbc)
                .agency("DU-QNI", "Đảng ủy Bộ đội Biên phòng tỉnh", "Quảng Ninh")
                .agency("SNGV-QNI", "Sở Ngoại vụ", "Quảng Ninh")
                .unit("DU-QNI", "VP")
                .agreement(QN, "Quảng Ninh", "2016-06-25", "2018-10-25", null, "DU-QNI", "SNGV-QNI")
                .agreement(QN_NEXT, "Quảng Ninh", "2018-10-26", "2023-10-25", null, "DU-QNI", "SNGV-QNI")
                .assessment(QN, "2017", "PROPOSAL", 2, "Kiến nghị thứ hai.")
                .assessment(QN, "2017", "PROPOSAL", 1, "Kiến nghị thứ nhất.")
                .assessment(QN, "2017", "SITUATION", null, "Tình hình ổn định.")
                .assessment(QN, "2018", "LESSON", 1, "Bài học của năm sau.")
                .limitation(QN, "2017-03-01", null, "Trao đổi thông tin chưa kịp thời.")
                .cause(QN, "Trao đổi thông tin chưa kịp thời.", "Chưa phân công đầu mối.")
                // Decree 09 years: 2016 ends on 14 December 2016, 2017 starts on the 15th
                .record(QN, "JOINT_PATROL", "2016-06-25", "1")
                .record(QN, "JOINT_PATROL", "2016-12-14", "2")
                .record(QN, "JOINT_PATROL", "2016-12-15", "4")
                .record(QN, "JOINT_PATROL", "2017-12-14", "8")
                .record(QN, "JOINT_PATROL", "2018-10-25", "16")
                .record(QN, "BORDER_VIOLATION", "2017-05-05", "3")
                .phrase("BORDER_VIOLATION", "Kịp thời phát hiện {quantity} {unit} vi phạm");
    }

    @Test
    void readsTheAssessmentsOfThePeriodInTheirOrder() {
        Review review = reviews.review(QN, Period.year(2017), PeriodCalendar.DECREE_09);

        assertThat(review.assessments(AssessmentKind.PROPOSAL)).containsExactly("Kiến nghị thứ nhất.", "Kiến nghị thứ hai.");
        assertThat(review.assessments(AssessmentKind.SITUATION)).containsExactly("Tình hình ổn định.");
        assertThat(review.assessments(AssessmentKind.LESSON)).isEmpty();
    }

    @Test
    void readsTheCausesOfTheLimitations() {
        assertThat(reviews.review(QN, Period.year(2017), PeriodCalendar.DECREE_09).limitations())
                .extracting(Review.Limitation::text, Review.Limitation::cause)
                .containsExactly(tuple("Trao đổi thông tin chưa kịp thời.", "Chưa phân công đầu mối."));
    }

    @Test
    void knowsAPartyBodyByItsNameAndItsDraftingUnit() {
        Review.AgreementInfo agreement = reviews.review(QN, Period.year(2017), PeriodCalendar.DECREE_09).agreement();

        assertThat(agreement.lead().system()).isEqualTo("party");
        assertThat(agreement.lead().unit()).isEqualTo("VP");
        assertThat(agreement.parties().get(1).system()).isEqualTo("state");
        assertThat(agreement.successor()).isEqualTo(new Review.Successor(QN_NEXT, day("2018-10-26"), day("2023-10-25")));
    }

    @Test
    void givesEachIndicatorItsPhraseTheBuiltInOneOrAnImportsOwn() {
        List<Review.IndicatorFigure> figures = reviews.review(QN, Period.year(2017), PeriodCalendar.DECREE_09).indicators();

        assertThat(figures).filteredOn(f -> f.code().equals("JOINT_PATROL")).singleElement()
                .extracting(Review.IndicatorFigure::phrase).asString()
                .startsWith("Phối hợp tổ chức {quantity} {unit} tuần tra song phương");
        assertThat(figures).filteredOn(f -> f.code().equals("BORDER_VIOLATION")).singleElement()
                .extracting(Review.IndicatorFigure::phrase).isEqualTo("Kịp thời phát hiện {quantity} {unit} vi phạm");
    }

    @Test
    void givesATermReviewItsFiguresYearByYear() {
        Review term = reviews.review(QN, Period.range(day("2016-06-25"), day("2018-10-25")), PeriodCalendar.DECREE_09);

        assertThat(term.termYears()).containsExactly(
                new Review.TermYear(2016, new DateRange(day("2016-06-25"), day("2016-12-14"))),
                new Review.TermYear(2017, new DateRange(day("2016-12-15"), day("2017-12-14"))),
                new Review.TermYear(2018, new DateRange(day("2017-12-15"), day("2018-10-25"))));
        assertThat(term.indicators()).filteredOn(f -> f.code().equals("JOINT_PATROL")).singleElement().satisfies(f -> {
            assertThat(f.byYear()).containsExactly(new BigDecimal("3"), new BigDecimal("12"), new BigDecimal("16"));
            assertThat(f.quantity()).isEqualByComparingTo("31");
        });
        assertThat(term.indicators()).filteredOn(f -> f.code().equals("BORDER_VIOLATION")).singleElement()
                .extracting(Review.IndicatorFigure::byYear).asList()
                .containsExactly(BigDecimal.ZERO, new BigDecimal("3"), BigDecimal.ZERO);
        assertThat(reviews.review(QN, Period.year(2017), PeriodCalendar.DECREE_09).termYears()).isEmpty();
        // a term to 31 December: its last fortnight is its last year's, not a year "2018" of its own
        assertThat(reviews.review(QN, Period.range(day("2016-06-25"), day("2017-12-31")), PeriodCalendar.DECREE_09)
                .termYears()).containsExactly(
                new Review.TermYear(2016, new DateRange(day("2016-06-25"), day("2016-12-14"))),
                new Review.TermYear(2017, new DateRange(day("2016-12-15"), day("2017-12-31"))));
    }
}
