package vn.coordreport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.period.Period;
import vn.coordreport.review.Review.LimitationState;
import vn.coordreport.review.Review.TaskStatus;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewNarrativeIntegrationTests {

    private static final String TN = "05/QCPH-SNgV-BĐBP";
    private static final String LS = "12/QCPH-SNgV-BĐBP";
    private static final String LS_NEXT = "01/QCPH-SNgV-BĐBP";

    @Autowired
    ReviewQuery reviews;

    @BeforeAll
    void given(@Autowired JdbcClient jdbc) {
        new ReviewFixtures(jdbc)
                .agency("SNGV-TN", "Sở Ngoại vụ", "Tây Ninh")
                .agency("BDBP-TN", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Tây Ninh")
                .agency("SNGV-LS", "Sở Ngoại vụ", "Lạng Sơn")
                .agency("BDBP-LS", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Lạng Sơn")
                .agreement(TN, "Tây Ninh", "2018-03-01", null, null, "SNGV-TN", "BDBP-TN")
                .result(TN, "CONSULAR", "2019-03-01", "Bảo hộ công dân")
                .result(TN, "BORDER", "2019-05-01", "Tuần tra song phương tháng 5")
                .result(TN, "BORDER", "2019-02-01", "Tuần tra song phương tháng 2")
                .result(TN, "BORDER", "2019-06-15", "after the period (decree-09)")
                // 2019-H1 under decree-09: 2018-12-15..2019-06-14
                .limitation(TN, "2019-06-11", null, "new and open")
                .limitation(TN, "2018-12-15", "2019-01-10", "new and resolved in the period")
                .limitation(TN, "2018-11-20", "2019-03-28", "resolved in the period")
                .limitation(TN, "2018-10-01", null, "carried over, open")
                .limitation(TN, "2018-10-02", "2019-06-15", "carried over, resolved the day after the end")
                .limitation(TN, "2018-10-03", "2018-12-14", "resolved before the period")
                .limitation(TN, "2019-06-15", null, "found after the period")
                .task(TN, "2019-H1", "Hội đàm định kỳ", "DONE")
                .task(TN, "2019-H1", "Nâng cấp cửa khẩu Tân Nam", "IN_PROGRESS")
                .task(TN, "2019-H2", "Quy chế hội nghị quốc tế", "PLANNED")
                .task(TN, "2019", "Tổng kết năm", "PLANNED")
                // set for the first half and carried over, done in the second
                .task(TN, "2019-H1", "Rà soát mốc quốc giới", "IN_PROGRESS")
                .task(TN, "2019-H2", "Rà soát mốc quốc giới ", "DONE")
                .task(TN, "2020-H1", "not next", "PLANNED")
                .commendation(TN, "2019-H1", "INDIVIDUAL", 6)
                .commendation(TN, "2019-H1", "COLLECTIVE", 2)
                .commendation(TN, "2018-H2", "COLLECTIVE", 9)
                .conference(TN, "2019-H1", "2019-06-20", "Nguyễn Văn A; Trần Văn B")
                .recipient(TN, null, "giamdoc@tayninh.example.org", "Giám đốc Sở Ngoại vụ")
                .recipient(null, "Tây Ninh", "GiamDoc@tayninh.example.org ", "Giám đốc (dòng *)")
                .recipient(null, "Tây Ninh", "ubnd@tayninh.example.org", "UBND tỉnh")
                .recipient(null, "Lạng Sơn", "ubnd@langson.example.org", "UBND tỉnh Lạng Sơn")
                // Lạng Sơn: the 2020 tasks belong to the successor regulation
                .agreement(LS, "Lạng Sơn", "2016-04-12", "2020-10-05", null, "SNGV-LS", "BDBP-LS")
                .agreement(LS_NEXT, "Lạng Sơn", "2020-10-06", null, null, "SNGV-LS", "BDBP-LS")
                .agreement("LS-OTHER-LEAD", "Lạng Sơn", "2020-10-06", null, null, "BDBP-LS", "SNGV-LS")
                .agreement("LS-LATER", "Lạng Sơn", "2020-10-07", null, null, "SNGV-LS")
                .task(LS, "2020-Q4", "own next task", "PLANNED")
                .task(LS_NEXT, "2020", "Thành lập Ban Chỉ đạo", "PLANNED")
                .task(LS_NEXT, "2020-Q4", "successor's Q4 task", "PLANNED")
                .task("LS-OTHER-LEAD", "2020", "another lead's task", "PLANNED")
                .task("LS-LATER", "2020", "not the day after", "PLANNED");
    }

    @Test
    void theAgreementAndItsPartiesLeadFirst() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.agreement().code()).isEqualTo(TN);
        assertThat(review.agreement().lead().code()).isEqualTo("SNGV-TN");
        assertThat(review.agreement().lead().signerTitle()).isEqualTo("GIÁM ĐỐC");
        assertThat(review.agreement().parties()).extracting(Review.Agency::code).containsExactly("SNGV-TN", "BDBP-TN");
    }

    @Test
    void resultsOfThePeriodInFieldOrderThenByDate() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.results()).extracting(Review.Result::fieldCode, Review.Result::text).containsExactly(
                tuple("BORDER", "Tuần tra song phương tháng 2"),
                tuple("BORDER", "Tuần tra song phương tháng 5"),
                tuple("CONSULAR", "Bảo hộ công dân"));
    }

    @Test
    void limitationsAreNewCarriedOverOrResolved() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.limitations()).extracting(Review.Limitation::text, Review.Limitation::state)
                .containsExactly(
                        tuple("new and open", LimitationState.NEW),
                        tuple("carried over, open", LimitationState.CARRIED_OVER),
                        tuple("carried over, resolved the day after the end", LimitationState.CARRIED_OVER),
                        // overcome in the period, whenever found: not given as a limitation of the period
                        tuple("resolved in the period", LimitationState.RESOLVED),
                        tuple("new and resolved in the period", LimitationState.RESOLVED));
    }

    @Test
    void theTasksOfThePeriodWithTheirStatusAndTheNextOnes() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.tasks()).extracting(Review.Task::text, Review.Task::status).containsExactly(
                tuple("Hội đàm định kỳ", TaskStatus.DONE),
                tuple("Nâng cấp cửa khẩu Tân Nam", TaskStatus.IN_PROGRESS),
                tuple("Rà soát mốc quốc giới", TaskStatus.IN_PROGRESS));
        assertThat(review.tasks().get(0).leadAgencyName()).isEqualTo("Sở Ngoại vụ");
        assertThat(review.nextTasks()).extracting(Review.Task::period, Review.Task::text).containsExactly(
                tuple("2019-H2", "Quy chế hội nghị quốc tế"),
                tuple("2019-H2", "Rà soát mốc quốc giới "),
                tuple("2019", "Tổng kết năm"));
    }

    @Test
    void theYearsReportTellsHowTheTasksOfItsHalvesWentEachOnceAsLastSet() {
        Review review = reviews.review(TN, Period.parse("2019"), null);

        // the halves' tasks in the order the halves end, then the year's; one carried over once, as the second half
        // has it
        assertThat(review.tasks()).extracting(Review.Task::period, Review.Task::text, Review.Task::status)
                .containsExactly(
                        tuple("2019-H1", "Hội đàm định kỳ", TaskStatus.DONE),
                        tuple("2019-H1", "Nâng cấp cửa khẩu Tân Nam", TaskStatus.IN_PROGRESS),
                        tuple("2019-H2", "Quy chế hội nghị quốc tế", TaskStatus.PLANNED),
                        tuple("2019-H2", "Rà soát mốc quốc giới ", TaskStatus.DONE),
                        tuple("2019", "Tổng kết năm", TaskStatus.PLANNED));
        // and the term's report those of every period that ends within it
        assertThat(reviews.review(TN, Period.parse("2018-03-01..2019-12-14"), null).tasks()).extracting(Review.Task::text)
                .contains("Hội đàm định kỳ", "Quy chế hội nghị quốc tế", "Tổng kết năm").doesNotContain("not next");
    }

    @Test
    void nextTasksMayBelongToTheSuccessorRegulation() {
        Review review = reviews.review(LS, Period.parse("2020-9M"), null);

        assertThat(review.tasks()).isEmpty();
        assertThat(review.nextTasks()).extracting(Review.Task::text).containsExactly(
                "own next task", "successor's Q4 task", "Thành lập Ban Chỉ đạo");
    }

    @Test
    void commendationsAndTheConferenceOfThePeriod() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.commendations()).extracting(Review.Commendation::kind, Review.Commendation::count)
                .containsExactly(tuple(Review.CommendationKind.COLLECTIVE, 2),
                        tuple(Review.CommendationKind.INDIVIDUAL, 6));
        assertThat(review.conference().date()).isEqualTo(ReviewFixtures.day("2019-06-20"));
        assertThat(review.conference().chairs()).containsExactly("Nguyễn Văn A", "Trần Văn B");
        assertThat(reviews.review(TN, Period.parse("2019-H2"), null).conference()).isNull();
    }

    @Test
    void recipientsAreTheAgreementsOwnThenTheProvincesWithoutDuplicates() {
        Review review = reviews.review(TN, Period.parse("2019-H1"), null);

        assertThat(review.recipients()).extracting(Review.Recipient::name, Review.Recipient::email).containsExactly(
                tuple("Giám đốc Sở Ngoại vụ", "giamdoc@tayninh.example.org"),
                tuple("UBND tỉnh", "ubnd@tayninh.example.org"));
    }

    @Test
    void anUnknownAgreementIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reviews.review("99/QCPH", Period.parse("2019"), null))
                .withMessage("không có quy chế phối hợp '99/QCPH'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reviews.fingerprint("99/QCPH", Period.parse("2019"), null))
                .withMessage("không có quy chế phối hợp '99/QCPH'");
    }
}
