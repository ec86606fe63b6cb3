package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review;

class ReportWordingTests {

    private static final String BETWEEN = " giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh";

    @Test
    void fitsTheSummaryLineToEachKindOfPeriod() {
        assertThat(summaryFor(Period.year(2021))).isEqualTo("Kết quả thực hiện Quy chế phối hợp năm 2021" + BETWEEN);
        assertThat(summaryFor(Period.half(2019, 1)))
                .isEqualTo("Sơ kết 6 tháng đầu năm 2019 thực hiện Quy chế phối hợp" + BETWEEN);
        assertThat(summaryFor(Period.half(2019, 2)))
                .isEqualTo("Sơ kết 6 tháng cuối năm 2019 thực hiện Quy chế phối hợp" + BETWEEN);
        assertThat(summaryFor(Period.nineMonths(2020)))
                .isEqualTo("Kết quả thực hiện Quy chế phối hợp 9 tháng đầu năm 2020" + BETWEEN);
        assertThat(summaryFor(Period.quarter(2021, 3)))
                .isEqualTo("Kết quả thực hiện Quy chế phối hợp quý III năm 2021" + BETWEEN);
        assertThat(summaryFor(Period.range(LocalDate.of(2016, 6, 25), LocalDate.of(2023, 10, 25))))
                .isEqualTo("Tổng kết giai đoạn 2016 - 2023 thực hiện Quy chế phối hợp" + BETWEEN);
    }

    @Test
    void namesThePartiesOfAnAgreement() {
        assertThat(ReportWording.between(List.of(ReviewFixtures.SNGV))).isEmpty();
        assertThat(ReportWording.between(List.of(ReviewFixtures.SNGV, ReviewFixtures.BDBP, ReviewFixtures.SNGV)))
                .isEqualTo(" giữa Sở Ngoại vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Ngoại vụ");
    }

    @Test
    void numbersADraftWithABlankAndAFinalReportZeroPadded() {
        Review review = ReviewFixtures.empty();
        assertThat(Frame.numberLine(review, RenderOptions.finalReport(Format.PDF, 5, null)))
                .isEqualTo("Số: 05/BC-SNgV");
        assertThat(Frame.numberLine(review, RenderOptions.finalReport(Format.PDF, 112, null)))
                .isEqualTo("Số: 112/BC-SNgV");
        assertThat(Frame.numberLine(review, RenderOptions.draft(Format.PDF, null)))
                .isEqualTo("Số:       /BC-SNgV");
    }

    @Test
    void listsTheRecipientsBetweenNhuTrenAndLuuVt() {
        assertThat(Frame.recipientLines(ReviewFixtures.rich().recipients(), null)).containsExactly(
                "- Giám đốc Sở Ngoại vụ;", "- Chỉ huy trưởng BCH BĐBP tỉnh;", "- Văn phòng UBND tỉnh;", "- Lưu: VT.");
    }

    @Test
    void countsCommendationsByKind() {
        assertThat(Commendations.summary(ReviewFixtures.rich().commendations())).isEqualTo("02 tập thể, 06 cá nhân");
    }

    private static String summaryFor(Period period) {
        Review r = ReviewFixtures.empty();
        return ReportWording.summary(new Review(r.agreement(), period, PeriodCalendar.DECREE_09,
                period.range(PeriodCalendar.DECREE_09), period.previousComparable(),
                period.previousComparable().range(PeriodCalendar.DECREE_09), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of()));
    }
}
