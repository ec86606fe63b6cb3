package vn.coordreport.period;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.coordreport.messages.Messages;

/** An inclusive range of days. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a date range needs both a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(Messages.text("period.range.backwards", DAY.format(to), DAY.format(from)));
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** {@code 15/12/2018 - 14/06/2019}, as in a report's tables. */
    public String toVietnamese() {
        return DAY.format(from) + " - " + DAY.format(to);
    }
}
