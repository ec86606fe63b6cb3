package vn.coordreport.review;

import java.time.LocalDate;

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

    /** The periods whose tasks are this report's "next tasks", comma-separated for {@code string_to_array}. */
    String following() {
        return String.join(",", period.following().stream().map(Period::toString).toList());
    }
}
