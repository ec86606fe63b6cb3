package vn.coordreport.pipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/** Which reports a job is about: agreements in effect, open periods, closable periods. */
@Component
class ReportScope {

    /** A {@code calendar} job parameter meaning "each agreement's own calendar, else the deployment's". */
    static final String OWN_CALENDAR = "agreement";

    private final AgreementCatalog catalog;
    private final PeriodCalendar defaultCalendar;

    ReportScope(AgreementCatalog catalog, @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar) {
        this.catalog = catalog;
        this.defaultCalendar = PeriodCalendar.fromId(defaultCalendar);
    }

    PeriodCalendar calendar(PeriodCalendar requestedOrNull) {
        return requestedOrNull != null ? requestedOrNull : defaultCalendar;
    }

    /** The agreements in effect on a day, by code. */
    List<String> inEffectOn(LocalDate day) {
        return during(new DateRange(day, day));
    }

    /** The agreements in effect at any time during a range, by code. */
    List<String> during(DateRange range) {
        return inEffect(range).map(AgreementSummary::code).sorted().toList();
    }

    /**
     * The agreements in effect during a range, by code, grouped by lead agency (province and name): the
     * reports of one group take their numbers from one register, so a group is numbered in code order.
     */
    List<List<String>> duringByLead(DateRange range) {
        return List.copyOf(inEffect(range).sorted(Comparator.comparing(AgreementSummary::code))
                .collect(Collectors.groupingBy(a -> a.province() + "\n" + a.leadAgencyName(), TreeMap::new,
                        Collectors.mapping(AgreementSummary::code, Collectors.toList())))
                .values());
    }

    private Stream<AgreementSummary> inEffect(DateRange range) {
        return catalog.list(null).stream()
                .filter(a -> !a.effectiveFrom().isAfter(range.to()) && (a.effectiveTo() == null
                        || !a.effectiveTo().isBefore(range.from())));
    }

    /** The periods a draft is kept current for on a day: the current half-year and the year to date. */
    List<Period> openPeriods(LocalDate day) {
        return List.of(defaultCalendar.periodOf(Period.Kind.HALF, day), defaultCalendar.periodOf(Period.Kind.YEAR, day));
    }

    /**
     * The latest period of a schedule's kind ({@code H1}, {@code H2}, {@code 9M}, {@code YEAR}) whose last
     * day is before the given day: what a close trigger firing that day closes.
     */
    Period latestEnded(String which, LocalDate day) {
        for (int year = day.getYear(); year >= day.getYear() - 1; year--) {
            Period candidate = switch (which.trim().toUpperCase(java.util.Locale.ROOT)) {
                case "H1" -> Period.half(year, 1);
                case "H2" -> Period.half(year, 2);
                case "9M" -> Period.nineMonths(year);
                case "YEAR" -> Period.year(year);
                default -> throw new IllegalArgumentException(Messages.text("job.periodKind.unknown", which));
            };
            if (candidate.range(defaultCalendar).to().isBefore(day)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + which + " period ended before " + day);
    }

    /** The first day a period may be closed: after its cut-off and the grace of working days. */
    static LocalDate closableFrom(LocalDate cutOff, int graceWorkingDays) {
        LocalDate day = cutOff;
        for (int counted = 0; counted < graceWorkingDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1);
    }
}
