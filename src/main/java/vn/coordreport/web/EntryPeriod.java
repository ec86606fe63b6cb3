package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.messages.DateFormats;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The entry form's period against what the agreement allows and what is typed. The period names the form's import
 * and fills its tables' period column, and a dated row belongs to the period of its day whatever the form says: a
 * row typed with another year (01/03/2023 in the form of the last six months of 2026) went into another period's
 * report without a word. Such a row is refused before anything is imported, on its row; and the form says at once
 * when its period lies outside the agreement's term, or in a period whose final was issued (its rows would be
 * refused on saving).
 *
 * <p>The period's days are those of the agreement's own calendar: under Decree 09, 20/06/2026 belongs to the
 * second half of 2026, not to the form of the first (which ends on 14/06). For an agreement that is none they are
 * taken widely, from the first day under Decree 09's cut-off (the 15th of the month before) to the last day of the
 * plain calendar's last month.
 */
final class EntryPeriod {

    /** The tables whose rows are dated by their column {@code date}. */
    private static final List<String> DATED = List.of("records.csv", "results.csv", "limitations.csv");
    private static final DateTimeFormatter EIGHT_DIGITS = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final String code;
    private final DateRange days;

    /** @param daysOrNull the period's days in the agreement's calendar; null when there is no agreement to ask */
    EntryPeriod(String code, DateRange daysOrNull) {
        this.code = code;
        Period period = Period.parse(code);
        this.days = daysOrNull != null ? daysOrNull : new DateRange(period.range(PeriodCalendar.DECREE_09).from(),
                period.range(PeriodCalendar.CALENDAR).to());
    }

    /**
     * The dated rows typed outside the period, or on a day still to come (what is entered happened: 13/12 typed on
     * 05/12 is a mistyped day), as problems of their file and line (none when the day is unreadable: the import says
     * why).
     */
    List<ImportProblem> outside(EntryRows.Files files, Map<String, List<List<String>>> typed, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String file : DATED) {
            int column = EntryForm.table(file).columns().stream().map(EntryForm.Column::name).toList().indexOf("date");
            List<Integer> lines = files.formRows().getOrDefault(file, List.of());
            for (int line = 0; line < lines.size(); line++) {
                LocalDate day = day(typed.get(file).get(lines.get(line)).get(column));
                if (day != null && day.isAfter(today) && days.contains(day)) {
                    problems.add(new ImportProblem(file, line + 2L, "date", "ngày " + DAY.format(day)
                            + " chưa đến (hôm nay là " + DAY.format(today) + "): chỉ nhập việc đã diễn ra; hãy sửa "
                            + "ngày"));
                } else if (day != null && !days.contains(day)) {
                    problems.add(new ImportProblem(file, line + 2L, "date", "ngày " + DAY.format(day)
                            + " không thuộc kỳ " + Period.wordsOf(code) + " của biểu mẫu này (từ ngày "
                            + DAY.format(days.from()) + " đến ngày " + DAY.format(days.to()) + "): hãy sửa ngày, hoặc "
                            + "nhập dòng này ở biểu mẫu của kỳ có ngày ấy"));
                }
            }
        }
        return problems;
    }

    /**
     * What the form says of its period before anything is typed: not begun, outside the agreement's term, locked.
     *
     * @param daysOf a locked period's days, in the same calendar as the form's (under Decree 09, 2021 ends on 14/12
     *               and does not touch 2022-H1, which begins on 15/12)
     */
    List<String> notices(AgreementSummary agreement, List<PeriodLocks.Lock> locks, LocalDate today,
            java.util.function.Function<Period, DateRange> daysOf) {
        List<String> notices = new ArrayList<>();
        if (days.from().isAfter(today)) {
            notices.add("Kỳ " + Period.wordsOf(code) + " chưa bắt đầu (hôm nay là " + DAY.format(today)
                    + "): số liệu của kỳ chỉ nhập được khi việc đã diễn ra.");
        }
        if (agreement.effectiveFrom() != null && (days.to().isBefore(agreement.effectiveFrom())
                || agreement.effectiveTo() != null && days.from().isAfter(agreement.effectiveTo()))) {
            notices.add("Kỳ " + Period.wordsOf(code) + " nằm ngoài thời hạn hiệu lực của quy chế ("
                    + (agreement.effectiveTo() == null ? "từ ngày " + DAY.format(agreement.effectiveFrom())
                            : "từ ngày " + DAY.format(agreement.effectiveFrom()) + " đến ngày "
                                    + DAY.format(agreement.effectiveTo()))
                    + "): các dòng ghi ngày trong kỳ này sẽ bị từ chối khi lưu. Hãy chọn một kỳ trong thời hạn ấy.");
        }
        for (PeriodLocks.Lock lock : lockedHere(agreement, locks, daysOf)) {
            notices.add("Kỳ " + Period.wordsOf(lock.period()) + " đã khóa: bản chính thức của kỳ đã được ban "
                    + "hành (số " + lock.numberSymbol() + ", ngày " + DAY.format(lock.issuedOn()) + "). Các dòng "
                    + "thuộc kỳ ấy sẽ bị từ chối khi lưu cho đến khi quản trị viên (ADMIN) mở lại kỳ ở mục “Kỳ đã "
                    + "ban hành (khóa nhập)” của trang Nhập dữ liệu.");
        }
        return notices;
    }

    /** The locks of the agreement whose periods overlap the form's (its stored rows are then not corrected). */
    List<PeriodLocks.Lock> lockedHere(AgreementSummary agreement, List<PeriodLocks.Lock> locks,
            java.util.function.Function<Period, DateRange> daysOf) {
        return locks.stream().filter(l -> l.agreementCode().equals(agreement.code())
                && overlaps(daysOf.apply(Period.parse(l.period())))).toList();
    }

    private boolean overlaps(DateRange range) {
        return !range.to().isBefore(days.from()) && !range.from().isAfter(days.to());
    }

    /** A day as the form takes it: dd/mm/yyyy, yyyy-mm-dd, or eight digits; null when it is none of them. */
    private static LocalDate day(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : List.of(DateFormats.TYPED_DAY, DateTimeFormatter.ISO_LOCAL_DATE, EIGHT_DIGITS)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return null;
    }
}
