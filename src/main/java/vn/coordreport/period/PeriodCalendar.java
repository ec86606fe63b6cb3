package vn.coordreport.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

import vn.coordreport.messages.Messages;

/**
 * How a named period becomes dates. Decree 09/2019 (Article 12) cuts figures off
 * on the 14th: a period runs from the 15th of the month before it starts to the
 * 14th of its last month. The plain calendar uses whole months.
 */
public enum PeriodCalendar {

    DECREE_09("decree-09") {
        @Override
        DateRange months(YearMonth first, YearMonth last) {
            return new DateRange(first.minusMonths(1).atDay(15), last.atDay(14));
        }
    },
    CALENDAR("calendar") {
        @Override
        DateRange months(YearMonth first, YearMonth last) {
            return new DateRange(first.atDay(1), last.atEndOfMonth());
        }
    };

    private final String id;

    PeriodCalendar(String id) {
        this.id = id;
    }

    /** The setting's value: {@code decree-09} or {@code calendar}. */
    public String id() {
        return id;
    }

    abstract DateRange months(YearMonth first, YearMonth last);

    public static PeriodCalendar fromId(String id) {
        if (id == null) {
            throw new IllegalArgumentException(Messages.text("period.calendar.missing"));
        }
        return Arrays.stream(values())
                .filter(c -> c.id.equalsIgnoreCase(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        Messages.text("period.calendar.unknown", id)));
    }

    /** The period that contains a day, of the given kind (for the nightly drafts). */
    public Period periodOf(Period.Kind kind, LocalDate day) {
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (Period candidate : Period.ofKind(kind, year)) {
                if (candidate.range(this).contains(day)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("no " + kind + " period contains " + day);
    }
}
