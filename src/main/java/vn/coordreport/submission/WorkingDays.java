package vn.coordreport.submission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Monday to Friday, less Vietnam's public holidays (Labour Code 2019, Article 112). Built in: Tết Dương lịch
 * (1/1), Victory Day (30/4), Labour Day (1/5) and Quốc khánh (2/9, and from 2021 a day next to it: the
 * Friday or Tuesday that joins it to a weekend when 2/9 is a Thursday or a Monday, else 1/9); one of these
 * on a Saturday or Sunday is compensated by the next working day (nghỉ bù). The lunar holidays (Tết
 * Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch) and any day the government moves are the configured days off,
 * and the Saturday worked in its place a configured working day.
 */
final class WorkingDays {

    private static final List<MonthDay> SOLAR = List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
            MonthDay.of(9, 2));

    private final Set<LocalDate> configured;
    private final Set<LocalDate> workingSaturdays;

    WorkingDays(List<LocalDate> configuredDaysOff, List<LocalDate> workingSaturdays) {
        this.configured = Set.copyOf(configuredDaysOff);
        this.workingSaturdays = Set.copyOf(workingSaturdays);
    }

    WorkingDays(List<LocalDate> configuredDaysOff) {
        this(configuredDaysOff, List.of());
    }

    boolean isWorkingDay(LocalDate day) {
        return workingSaturdays.contains(day)
                || !weekend(day) && !configured.contains(day) && !solarDaysOff(day.getYear()).contains(day);
    }

    /** The working day {@code n} working days after {@code day} (n ≥ 1); or before it, for a negative n. */
    LocalDate plus(LocalDate day, int n) {
        LocalDate d = day;
        int step = n < 0 ? -1 : 1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The solar holidays of a year that fall on working days, compensation days included. */
    Set<LocalDate> solarDaysOff(int year) {
        Set<LocalDate> off = new HashSet<>();
        List<LocalDate> holidays = new java.util.ArrayList<>(SOLAR.stream().map(m -> m.atYear(year)).toList());
        if (year >= 2021) {
            LocalDate national = LocalDate.of(year, 9, 2);
            DayOfWeek dow = national.getDayOfWeek();
            holidays.add(dow == DayOfWeek.THURSDAY || dow == DayOfWeek.MONDAY ? national.plusDays(1) : national.minusDays(1));
        }
        holidays.sort(null);
        for (LocalDate holiday : holidays) {
            LocalDate day = holiday;
            while (weekend(day) || off.contains(day) || configured.contains(day) && !day.equals(holiday)) {
                day = day.plusDays(1);
            }
            off.add(day);
        }
        return off;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
