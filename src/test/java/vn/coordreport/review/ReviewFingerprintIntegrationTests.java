package vn.coordreport.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.support.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFingerprintIntegrationTests {

    private static final Period H1 = Period.parse("2019-H1");

    @Autowired
    ReviewQuery reviews;

    @Autowired
    JdbcClient jdbc;

    ReviewFixtures given;

    @BeforeAll
    void givenTwoAgreements() {
        given = new ReviewFixtures(jdbc)
                .agency("SNGV-CB", "Sở Ngoại vụ", "Cao Bằng")
                .agency("SNGV-SL", "Sở Ngoại vụ", "Sơn La")
                .agreement("FP-1", "Cao Bằng", "2018-01-01", null, null, "SNGV-CB")
                .agreement("FP-2", "Sơn La", "2018-01-01", null, null, "SNGV-SL")
                .record("FP-1", "JOINT_PATROL", "2019-03-01", "2")
                .record("FP-2", "JOINT_PATROL", "2019-03-01", "2");
    }

    @Test
    void theFingerprintIsStableAndTheCalendarIsResolvedLikeTheReview() {
        String first = reviews.fingerprint("FP-1", H1, null);

        assertThat(reviews.fingerprint("FP-1", H1, null)).isEqualTo(first).hasSize(32);
        assertThat(reviews.fingerprint("FP-1", H1, PeriodCalendar.DECREE_09)).isEqualTo(first);
        assertThat(reviews.fingerprint("FP-1", H1, PeriodCalendar.CALENDAR)).isNotEqualTo(first);
        assertThat(reviews.fingerprint("FP-1", Period.parse("2019-H2"), null)).isNotEqualTo(first);
    }

    @Test
    void aChangeToAnyInputChangesItAndAnotherAgreementsDataDoesNot() {
        String before = reviews.fingerprint("FP-1", H1, null);

        given.record("FP-2", "JOINT_PATROL", "2019-03-02", "5");
        given.recipient(null, "Sơn La", "ubnd@sonla.example.org", "UBND tỉnh Sơn La");
        assertThat(reviews.fingerprint("FP-1", H1, null)).isEqualTo(before);

        given.record("FP-1", "JOINT_PATROL", "2019-03-01", "2"); // a duplicate is a change too
        String withRecord = reviews.fingerprint("FP-1", H1, null);
        assertThat(withRecord).isNotEqualTo(before);

        given.task("FP-1", "2019-H2", "a next task", "PLANNED");
        String withTask = reviews.fingerprint("FP-1", H1, null);
        assertThat(withTask).isNotEqualTo(withRecord);

        jdbc.sql("update agency set signer_name = 'Người ký mới' where code = 'SNGV-CB'").update();
        assertThat(reviews.fingerprint("FP-1", H1, null)).isNotEqualTo(withTask);
    }

    @Test
    void recordsAfterThePeriodDoNotChangeIt() {
        String before = reviews.fingerprint("FP-1", H1, null);

        given.record("FP-1", "RESCUE", "2019-06-15", "1");

        assertThat(reviews.fingerprint("FP-1", H1, null)).isEqualTo(before);
    }
}
