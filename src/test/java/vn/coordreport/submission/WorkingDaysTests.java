package vn.coordreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Deadlines counted in working days: Monday to Friday, less Vietnam's public holidays. */
class WorkingDaysTests {

    /** The defaults of {@code coordreport.submission.*}, as the application binds them. */
    private static final SubmissionProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(java.util.Map.of(
            "coordreport.submission.deadline-working-days", "2"))).bindOrCreate("coordreport.submission",
            SubmissionProperties.class);

    private final WorkingDays days = new WorkingDays(DEFAULTS.holidays(), DEFAULTS.workingSaturdays());

    @Test
    void aWeekendIsSkipped() {
        // 2025-H1 is cut off on Saturday 14/06/2025: the data is due on Tuesday
        assertThat(days.plus(LocalDate.of(2025, 6, 14), 2)).isEqualTo(LocalDate.of(2025, 6, 17));
    }

    @Test
    void victoryAndLabourDaysAreSkipped() {
        // Tuesday 29/04/2025 + 2: 30/4 and 1/5 are holidays, Friday 2/5 swapped for Saturday 26/4: Monday 5/5, Tuesday 6/5
        assertThat(days.plus(LocalDate.of(2025, 4, 29), 2)).isEqualTo(LocalDate.of(2025, 5, 6));
        // 2023, no swap: Tuesday 2/5 compensates the Sunday 30/4, so Friday 28/4 + 2 is Wednesday 3/5... and
        // Giỗ Tổ's compensation too: Thursday 4/5, Friday 5/5
        assertThat(days.plus(LocalDate.of(2023, 4, 28), 2)).isEqualTo(LocalDate.of(2023, 5, 5));
    }

    @Test
    void aWorkingDaySwappedForASaturdayMovesTheDeadline() {
        // 2024: Monday 29/4 off, worked on Saturday 4/5; 30/4 and 1/5 holidays
        assertThat(days.plus(LocalDate.of(2024, 4, 26), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(days.plus(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 4));
        // 2025: Saturday 26/4 worked, for Friday 2/5
        assertThat(days.plus(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
    }

    @Test
    void nationalDayTakesTwoDaysFrom2021AndAWeekendOneIsCompensated() {
        // 2025: 2/9 a Tuesday, with Monday 1/9
        assertThat(days.plus(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
        // 2024: 2/9 a Monday, with Tuesday 3/9
        assertThat(days.plus(LocalDate.of(2024, 8, 30), 1)).isEqualTo(LocalDate.of(2024, 9, 4));
        // 2023: 2/9 a Saturday, with Friday 1/9 and Monday 4/9 in compensation
        assertThat(days.plus(LocalDate.of(2023, 8, 31), 1)).isEqualTo(LocalDate.of(2023, 9, 5));
        // 2020: one day only
        assertThat(days.plus(LocalDate.of(2020, 9, 1), 1)).isEqualTo(LocalDate.of(2020, 9, 3));
    }

    @Test
    void tetAndHungKingsDayComeFromTheConfiguredList() {
        // Tết Giáp Thìn: 8/2 to 14/2/2024 off; Giỗ Tổ 18/4/2024
        assertThat(days.plus(LocalDate.of(2024, 2, 7), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(days.isWorkingDay(LocalDate.of(2024, 4, 18))).isFalse();
        assertThat(new WorkingDays(List.of()).isWorkingDay(LocalDate.of(2024, 4, 18))).isTrue();
    }

    @Test
    void countingBackSkipsHolidaysToo() {
        // reminders two working days before Tuesday 6/5/2025: Monday 5/5 and, over Friday 2/5 (swapped), 1/5 and
        // 30/4, Tuesday 29/4
        assertThat(days.plus(LocalDate.of(2025, 5, 6), -2)).isEqualTo(LocalDate.of(2025, 4, 29));
    }
}
