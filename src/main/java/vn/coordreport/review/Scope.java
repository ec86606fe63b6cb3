package vn.coordreport.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/** What every query of one review is about: the agreement, the period and its days. */
record Scope(AgreementRow agreement, Period period, PeriodCalendar calendar, DateRange range,
        Period previous, DateRange previousRange) {

    int agreementId() {
        return agreement.id();
    }

    LocalDate from() {
        return range.from();
    }

    LocalDate to() {
        return range.to();
    }

    /** The periods whose tasks are this report's own: those within it, then itself, comma-separated. */
    String periodAndWithin() {
        List<String> periods = new ArrayList<>(period.within(calendar).stream().map(Period::toString).toList());
        periods.add(period.toString());
        return String.join(",", periods);
    }

    /** The periods whose tasks are this report's "next tasks", comma-separated for {@code string_to_array}. */
    String following() {
        return String.join(",", period.following().stream().map(Period::toString).toList());
    }
}
