package vn.coordreport.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Coverage;

/** An agreement of the dashboard's scope, with the calendar its reports use. */
record ScopedAgreement(int id, String code, String title, LocalDate signedOn, LocalDate effectiveFrom,
        LocalDate effectiveTo, PeriodCalendar calendar) {

    /** The periods of a trend ending with {@code period}: the same half, quarter, ... of the years before. */
    static List<Period> trend(Period period, int length) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < length; i++) {
            periods.add(0, p);
            p = p.previousComparable();
        }
        return periods;
    }

    DateRange range(Period period) {
        return period.range(calendar);
    }

    /** Whether the regulation was in effect on some day of {@code period}; an agreement without dates always. */
    boolean inEffect(Period period) {
        LocalDate from = effectiveFrom != null ? effectiveFrom : signedOn;
        DateRange range = range(period);
        return (from == null || !from.isAfter(range.to()))
                && (effectiveTo == null || !effectiveTo.isBefore(range.from()));
    }

    /** Whether the report of {@code period} compares it with the same period a year earlier: the report's rule. */
    boolean comparable(Period period) {
        return Coverage.of(period, effectiveFrom, signedOn, effectiveTo,
                period.previousComparable().range(calendar)).full();
    }
}
