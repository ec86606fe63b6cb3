package vn.coordreport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.support.IntegrationTest;

/** The indicator statement's cost must not grow with other agreements' records. */
@IntegrationTest
class ReviewPlanIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgreementQueries agreements;

    @Autowired
    Flyway flyway;

    @Test
    void theIndicatorStatementReadsOnlyThisAgreementsSliceOfTheIndex() {
        // given: 100 000 records of a big agreement, a handful of ours
        new ReviewFixtures(jdbc)
                .agency("PLAN-SNGV", "Sở Ngoại vụ", "Điện Biên")
                .agreement("PLAN-BIG", "Điện Biên", "2015-01-01", null, null, "PLAN-SNGV")
                .agreement("PLAN-SMALL", "Điện Biên", "2015-01-01", null, null, "PLAN-SNGV")
                .record("PLAN-SMALL", "JOINT_PATROL", "2021-03-01", "1")
                .record("PLAN-SMALL", "JOINT_PATROL", "2020-03-01", "1")
                .record("PLAN-SMALL", "RESCUE", "2016-03-01", "1");
        jdbc.sql("""
                insert into record (agreement_id, indicator_id, occurred_on, quantity, import_id)
                select (select id from agreement where code = 'PLAN-BIG'), 1 + n % 21,
                       date '2015-01-01' + n % 3000, 1, (select max(id) from import_batch)
                from generate_series(1, 100000) n""").update();
        // the owner's: the application's role may not analyze record
        JdbcClient.create(flyway.getConfiguration().getDataSource()).sql("analyze record").update();
        AgreementRow small = agreements.find("PLAN-SMALL").orElseThrow();
        Period period = Period.parse("2021");
        Scope scope = new Scope(small, period, PeriodCalendar.DECREE_09, period.range(PeriodCalendar.DECREE_09),
                period.previousComparable(), period.previousComparable().range(PeriodCalendar.DECREE_09));

        // when
        List<String> plan = IndicatorQuery.bind(jdbc.sql("explain (analyze, costs off) " + IndicatorQuery.INDICATORS),
                scope).query(String.class).list();

        // then
        String text = String.join("\n", plan);
        assertThat(text).as(text).contains("using record_agreement_date on record r")
                .doesNotContain("Seq Scan on record");
        // the period and the previous one (2020, 2021) with every figure; the years before (2016) summed apart
        assertThat(text).as(text).containsPattern("record_agreement_date on record r \\(actual[^)]*rows=2 ");
        assertThat(text).as(text).containsPattern("record_agreement_date on record past \\(actual[^)]*rows=1 ");
    }
}
