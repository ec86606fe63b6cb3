package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.coordreport.period.Period;

class ReportScopeTests {

    private final ReportScope decree09 = new ReportScope(null, "decree-09");

    @Test
    void aPeriodIsClosableTheDayAfterItsGraceWorkingDays() {
        // 14 June 2024 is a Friday: Mon 17, Tue 18, Wed 19 are the three working days
        assertThat(ReportScope.closableFrom(LocalDate.of(2024, 6, 14), 3)).isEqualTo(LocalDate.of(2024, 6, 20));
        // 14 June 2023 is a Wednesday: Thu 15, Fri 16, Mon 19
        assertThat(ReportScope.closableFrom(LocalDate.of(2023, 6, 14), 3)).isEqualTo(LocalDate.of(2023, 6, 20));
        // 14 June 2025 is a Saturday: Mon 16, Tue 17, Wed 18
        assertThat(ReportScope.closableFrom(LocalDate.of(2025, 6, 14), 3)).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(ReportScope.closableFrom(LocalDate.of(2025, 6, 14), 0)).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void aCloseTriggerClosesTheLatestPeriodOfItsKindThatHasEnded() {
        LocalDate june20 = LocalDate.of(2025, 6, 20);
        assertThat(decree09.latestEnded("H1", june20)).isEqualTo(Period.half(2025, 1));
        assertThat(decree09.latestEnded("H2", june20)).isEqualTo(Period.half(2024, 2));
        assertThat(decree09.latestEnded("9M", LocalDate.of(2025, 9, 20))).isEqualTo(Period.nineMonths(2025));
        assertThat(decree09.latestEnded("YEAR", LocalDate.of(2025, 12, 20))).isEqualTo(Period.year(2025));
        assertThat(decree09.latestEnded("H2", LocalDate.of(2025, 12, 20))).isEqualTo(Period.half(2025, 2));
    }

    @Test
    void theOpenPeriodsAreTheCurrentHalfAndTheYearToDate() {
        assertThat(decree09.openPeriods(LocalDate.of(2021, 6, 1))).containsExactly(Period.half(2021, 1), Period.year(2021));
        // under Decree 09 the next year starts on 15 December
        assertThat(decree09.openPeriods(LocalDate.of(2021, 12, 20))).containsExactly(Period.half(2022, 1), Period.year(2022));
    }
}
