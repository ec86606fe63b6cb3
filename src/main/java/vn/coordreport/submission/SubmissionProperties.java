package vn.coordreport.submission;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/**
 * {@code coordreport.submission.*}: when a period's data is due and when agencies are reminded.
 *
 * @param deadlineWorkingDays      working days after the period's cut-off by which the data is due
 * @param remindWorkingDaysBefore  working days before the deadline when an agency that has sent nothing is reminded
 * @param periodKinds              the kinds of period agencies send data for, which the reminders follow
 * @param holidays                 the working days off that are not built in ({@link WorkingDays}): Tết Nguyên đán,
 *                                 Giỗ Tổ Hùng Vương and days moved by the government; defaults for 2019–2027
 * @param workingSaturdays         the Saturdays worked in their place (hoán đổi ngày làm việc)
 */
@ConfigurationProperties("coordreport.submission")
record SubmissionProperties(
        @DefaultValue("2") int deadlineWorkingDays,
        @DefaultValue("2") int remindWorkingDaysBefore,
        @DefaultValue({"HALF", "NINE_MONTHS"}) List<String> periodKinds,
        @DefaultValue({
                // Tết Nguyên đán (the working days of the government's Tết break) and Giỗ Tổ Hùng Vương (10/3 âm lịch,
                // on a weekend: the next working day); 2027 as the calendar gives it, until that year's decision
                "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08", "2019-04-15",
                "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29", "2020-04-02",
                "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-04-21",
                "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-11",
                "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-05-03",
                "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18",
                "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
                "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27",
                "2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-16",
                // working days the government swapped for a Saturday, to join the 30/4 and 1/5 holidays
                "2024-04-29", "2025-05-02"}) List<LocalDate> holidays,
        @DefaultValue({"2024-05-04", "2025-04-26"}) List<LocalDate> workingSaturdays) {

    SubmissionProperties {
        if (deadlineWorkingDays < 0) {
            throw new IllegalArgumentException(Messages.text("config.notNegative", "coordreport.submission.deadline-working-days"));
        }
        if (remindWorkingDaysBefore < 0) {
            throw new IllegalArgumentException(Messages.text("config.notNegative",
                    "coordreport.submission.remind-working-days-before"));
        }
        kinds(periodKinds);
    }

    /** The period kinds, checked: a misspelt kind stops the start-up rather than silencing its reminders. */
    List<Period.Kind> kinds() {
        return kinds(periodKinds);
    }

    private static List<Period.Kind> kinds(List<String> periodKinds) {
        return periodKinds.stream().map(k -> {
            try {
                return Period.Kind.valueOf(k.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.text("config.periodKinds", k));
            }
        }).toList();
    }
}
