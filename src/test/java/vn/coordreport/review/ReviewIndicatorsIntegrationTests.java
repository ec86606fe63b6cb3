package vn.coordreport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review.AgencyShare;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewIndicatorsIntegrationTests {

    private static final String QT = "09/QCPH/SNgV-BP";
    private static final String OTHER = "10/QCPH/SNgV-CA";
    private static final String PARTNERS = "11/QCPH/SNgV";

    @Autowired
    ReviewQuery reviews;

    @BeforeAll
    void givenTwoAgreementsOfQuangTri(@Autowired JdbcClient jdbc) {
        new ReviewFixtures(jdbc)
                .agency("SNGV-QT", "Sở Ngoại vụ", "Quảng Trị")
                .agency("BDBP-QT", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quảng Trị")
                .agency("CA-QT", "Công an tỉnh", "Quảng Trị")
                .agreement(QT, "Quảng Trị", "2019-01-01", null, null, "SNGV-QT", "BDBP-QT")
                .agreement(OTHER, "Quảng Trị", "2019-01-01", null, null, "SNGV-QT", "CA-QT")
                // 2021 (decree-09: 2020-12-15..2021-12-14)
                .record(QT, "NGO_PROJECT", "2021-03-01", "1", 100_000_000_000L, "JICA", "SNGV-QT")
                .record(QT, "NGO_PROJECT", "2021-05-01", "1", 250_000_000_000L, "JICA", "SNGV-QT")
                .record(QT, "NGO_PROJECT", "2021-07-01", "1", 50_000_000_000L, "KOICA", "BDBP-QT")
                .record(QT, "JOINT_PATROL", "2021-02-01", "12", null, null, "BDBP-QT")
                .record(QT, "JOINT_PATROL", "2021-08-01", "3.5", null, null, "SNGV-QT")
                .record(QT, "JOINT_PATROL", "2021-09-01", "2", null, null, null)
                // 2020, the previous comparable year
                .record(QT, "JOINT_PATROL", "2020-04-01", "10", null, "Lào", "BDBP-QT")
                .record(QT, "DELEGATION_OUT", "2020-06-01", "2", null, "Lào", "SNGV-QT")
                // 2019: only in the total since the agreement took effect
                .record(QT, "JOINT_PATROL", "2019-05-01", "7")
                .record(QT, "MARKER_INSPECTION", "2019-05-01", "4")
                // after the period: in no figure
                .record(QT, "JOINT_PATROL", "2021-12-15", "100")
                .target(QT, "JOINT_PATROL", "2021", "20")
                .target(QT, "INTL_CONFERENCE", "2021", "2")
                .target(QT, "JOINT_PATROL", "2020", "999")
                // the other agreement's records must not leak in
                .record(OTHER, "JOINT_PATROL", "2021-03-01", "1000", 5L, "X", "CA-QT")
                .record(OTHER, "RESCUE", "2021-03-01", "1")
                // period boundaries
                .agreement("B-D09", "Quảng Trị", "2018-01-01", null, "decree-09", "SNGV-QT")
                .agreement("B-CAL", "Quảng Trị", "2018-01-01", null, "calendar", "SNGV-QT")
                .record("B-D09", "RESCUE", "2019-06-14", "1").record("B-D09", "RESCUE", "2019-06-15", "10")
                .record("B-CAL", "RESCUE", "2019-06-14", "1").record("B-CAL", "RESCUE", "2019-06-15", "10")
                // one partner written five ways (case, a double space, a tab, a no-break space), and two others
                .agreement(PARTNERS, "Quảng Trị", "2018-01-01", null, "calendar", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-03-01", "1", null, "Tỉnh Savannakhet", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-04-01", "1", null, "tỉnh  Savannakhet", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-05-01", "1", null, "TỈNH SAVANNAKHET", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-06-01", "1", null, "Tỉnh\tSavannakhet", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-07-01", "1", null, "Tỉnh\u00a0Savannakhet", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-08-01", "1", null, "Đại sứ quán Lào", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-09-01", "1", null, "ĐẠI SỨ QUÁN LÀO", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2021-10-01", "1", null, "Tỉnh Khăm Muộn", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2020-10-01", "1", null, "tỉnh khăm muộn", "SNGV-QT")
                .record(PARTNERS, "NGO_PROJECT", "2020-11-01", "1", null, "Tỉnh Khăm  Muộn", "SNGV-QT");
    }

    @Test
    void aPartnerCountsOnceHoweverItsNameIsCasedOrSpaced() {
        IndicatorFigure year = figure(reviews.review(PARTNERS, Period.parse("2021"), null), "NGO_PROJECT");
        IndicatorFigure term = figure(reviews.review(PARTNERS, Period.parse("2020-01-01..2021-12-31"), null),
                "NGO_PROJECT");

        assertThat(year.records()).isEqualTo(8);
        assertThat(year.counterparts()).isEqualTo(3);
        assertThat(year.previousCounterparts()).isEqualTo(1);
        assertThat(term.yearDetails()).extracting(Review.YearDetail::counterparts).containsExactly(1L, 3L);
    }

    @Test
    void anIndicatorIsReadThreeWays() {
        // when
        IndicatorFigure ngo = figure(reviews.review(QT, Period.parse("2021"), null), "NGO_PROJECT");

        // then
        assertThat(ngo.records()).isEqualTo(3);
        assertThat(ngo.quantity()).isEqualByComparingTo("3");
        assertThat(ngo.amountVnd()).isEqualTo(400_000_000_000L);
        assertThat(ngo.counterparts()).isEqualTo(2);
        assertThat(ngo.fieldCode()).isEqualTo("NGO_AID");
        assertThat(ngo.unit()).isEqualTo("dự án");
    }

    @Test
    void quantitiesAreSummedAndAmountsAreNullWhereNoneWereGiven() {
        IndicatorFigure patrols = figure(reviews.review(QT, Period.parse("2021"), null), "JOINT_PATROL");

        assertThat(patrols.records()).isEqualTo(3);
        assertThat(patrols.quantity()).isEqualByComparingTo("17.5");
        assertThat(patrols.amountVnd()).isNull();
        assertThat(patrols.counterparts()).isZero();
    }

    @Test
    void thePreviousComparablePeriodTheTargetAndItsShare() {
        Review review = reviews.review(QT, Period.parse("2021"), null);
        IndicatorFigure patrols = figure(review, "JOINT_PATROL");

        assertThat(review.previous()).isEqualTo(Period.parse("2020"));
        assertThat(patrols.previousRecords()).isEqualTo(1);
        assertThat(patrols.previousQuantity()).isEqualByComparingTo("10");
        assertThat(patrols.previousAmountVnd()).isNull();
        assertThat(patrols.previousCounterparts()).isEqualTo(1);
        assertThat(patrols.target()).isEqualByComparingTo("20");
        assertThat(patrols.targetShare()).isEqualByComparingTo("0.875");
    }

    @Test
    void onlyIndicatorsWithDataThenOrBeforeOrATargetAreShownInCatalogueOrder() {
        Review review = reviews.review(QT, Period.parse("2021"), null);

        // DELEGATION_OUT only has data in 2020, INTL_CONFERENCE only a target;
        // MARKER_INSPECTION only has 2019 data and is left out. BORDER is the
        // catalogue's first field, so its JOINT_PATROL comes first.
        assertThat(review.indicators()).extracting(IndicatorFigure::code)
                .containsExactly("JOINT_PATROL", "DELEGATION_OUT", "INTL_CONFERENCE", "NGO_PROJECT");
        IndicatorFigure conferences = figure(review, "INTL_CONFERENCE");
        assertThat(conferences.records()).isZero();
        assertThat(conferences.quantity()).isEqualByComparingTo("0");
        assertThat(conferences.targetShare()).isEqualByComparingTo("0");
        assertThat(figure(review, "DELEGATION_OUT").target()).isNull();
    }

    @Test
    void theTotalRunsFromTheAgreementsStartToThePeriodsEnd() {
        IndicatorFigure patrols = figure(reviews.review(QT, Period.parse("2021"), null), "JOINT_PATROL");

        assertThat(patrols.totalSinceEffective()).isEqualByComparingTo("34.5"); // 7 + 10 + 17.5
    }

    @Test
    void thePeriodsQuantityIsSplitByReportingAgencyPartiesFirst() {
        IndicatorFigure patrols = figure(reviews.review(QT, Period.parse("2021"), null), "JOINT_PATROL");

        assertThat(patrols.byAgency()).containsExactly(
                new AgencyShare("SNGV-QT", "Sở Ngoại vụ", new BigDecimal("3.5")),
                new AgencyShare("BDBP-QT", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", new BigDecimal("12")),
                new AgencyShare(null, null, new BigDecimal("2")));
        assertThat(figure(reviews.review(QT, Period.parse("2021"), null), "DELEGATION_OUT").byAgency()).isEmpty();
    }

    @Test
    void anotherAgreementsRecordsDoNotLeakIn() {
        Review review = reviews.review(QT, Period.parse("2021"), null);

        assertThat(review.indicators()).extracting(IndicatorFigure::code).doesNotContain("RESCUE");
        assertThat(review.indicators()).flatExtracting(IndicatorFigure::byAgency)
                .extracting(AgencyShare::agencyCode).doesNotContain("CA-QT");
    }

    @Test
    void theCutOffOnThe14thUnderDecree09() {
        assertThat(figure(reviews.review("B-D09", Period.parse("2019-H1"), null), "RESCUE").quantity())
                .isEqualByComparingTo("1");
        assertThat(figure(reviews.review("B-D09", Period.parse("2019-H2"), null), "RESCUE").quantity())
                .isEqualByComparingTo("10");
    }

    @Test
    void bothDaysAreInTheFirstHalfUnderThePlainCalendar() {
        Review review = reviews.review("B-CAL", Period.parse("2019-H1"), null);

        assertThat(review.calendar()).isEqualTo(PeriodCalendar.CALENDAR);
        assertThat(figure(review, "RESCUE").quantity()).isEqualByComparingTo("11");
    }

    @Test
    void anExplicitCalendarOverridesTheAgreementsAndTheDeploymentDefaultAppliesOtherwise() {
        Review explicit = reviews.review("B-D09", Period.parse("2019-H1"), PeriodCalendar.CALENDAR);
        Review byDefault = reviews.review(QT, Period.parse("2021"), null);

        assertThat(figure(explicit, "RESCUE").quantity()).isEqualByComparingTo("11");
        assertThat(byDefault.calendar()).isEqualTo(PeriodCalendar.DECREE_09);
        assertThat(byDefault.range().from()).isEqualTo(ReviewFixtures.day("2020-12-15"));
    }

    private static IndicatorFigure figure(Review review, String code) {
        List<IndicatorFigure> found = review.indicators().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as("figures of %s", code).hasSize(1);
        return found.get(0);
    }
}
