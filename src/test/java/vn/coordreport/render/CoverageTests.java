package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

class CoverageTests {

    private static final Period YEAR_2020 = Period.year(2020);
    private static final DateRange YEAR_2019 = Period.year(2019).range(PeriodCalendar.DECREE_09);

    @Test
    void aWholeYearEarlierIsComparedAndAPartOfItIsGivenWithoutAPercentage() {
        assertThat(Coverage.of(YEAR_2020, LocalDate.of(2016, 4, 12), null, null, YEAR_2019).kind())
                .isEqualTo(Coverage.Kind.FULL);
        assertThat(Coverage.of(YEAR_2020, LocalDate.of(2019, 3, 1), null, null, YEAR_2019))
                .isEqualTo(new Coverage(Coverage.Kind.PARTIAL, LocalDate.of(2019, 3, 1)));
    }

    @Test
    void aPeriodTheRegulationEndsWithinIsNotComparedWithAWholeOne() {
        // Lạng Sơn's 12/QCPH-SNgV-BĐBP ended on 05/10/2020: its 2020 covers 15/12/2019-05/10/2020
        assertThat(Coverage.of(YEAR_2020, LocalDate.of(2016, 4, 12), null, LocalDate.of(2020, 10, 5), YEAR_2019).kind())
                .isEqualTo(Coverage.Kind.NONE);
        // ending after the period, it is compared as before
        assertThat(Coverage.of(Period.nineMonths(2020), LocalDate.of(2016, 4, 12), null, LocalDate.of(2020, 10, 5),
                Period.nineMonths(2019).range(PeriodCalendar.DECREE_09)).kind()).isEqualTo(Coverage.Kind.FULL);
    }
}
