package vn.coordreport.submission;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.coordreport.delivery.Reminder;
import vn.coordreport.delivery.ReminderDelivery;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * Queues the reminders that are due today: to an agency that has sent nothing for a period,
 * {@code coordreport.submission.remind-working-days-before} working days before the deadline (up to the
 * deadline itself, so a day the scheduler was down is made up), and from the working day after a missed
 * deadline (up to five working days later). The reminder ledger keeps each to one mail.
 */
@Service
public class SubmissionReminders {

    /** Working days after the day following a missed deadline during which its reminder is still sent. */
    static final int AFTER_CATCH_UP = 5;

    private final Submissions submissions;
    private final ReminderDelivery delivery;
    private final SubmissionProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    SubmissionReminders(Submissions submissions, ReminderDelivery delivery, SubmissionProperties properties, Clock clock,
            @Value("${coordreport.time-zone}") ZoneId zone) {
        this.submissions = submissions;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /** Queues today's reminders; returns how many were new. */
    public int queueDue() {
        return queueDue(LocalDate.now(clock.withZone(zone)));
    }

    int queueDue(LocalDate today) {
        int queued = 0;
        for (Period period : candidates(today)) {
            for (SubmissionRow row : submissions.of(period, null, null, today)) {
                Reminder.Kind kind = kind(row, today);
                if (kind != null && row.contactEmail() != null && !row.contactEmail().isBlank()
                        && delivery.enqueue(reminder(row, period, kind))) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private Reminder.Kind kind(SubmissionRow row, LocalDate today) {
        if (row.lastSent() != null) {
            return null;
        }
        WorkingDays days = submissions.workingDays();
        LocalDate deadline = row.deadline();
        if (!today.isBefore(days.plus(deadline, -properties.remindWorkingDaysBefore())) && !today.isAfter(deadline)) {
            return Reminder.Kind.BEFORE;
        }
        LocalDate after = days.plus(deadline, 1);
        return !today.isBefore(after) && !today.isAfter(days.plus(after, AFTER_CATCH_UP)) ? Reminder.Kind.AFTER : null;
    }

    /** The periods of the configured kinds, under either calendar, that hold today or a day of the last 45. */
    private List<Period> candidates(LocalDate today) {
        Set<Period> periods = new LinkedHashSet<>();
        for (Period.Kind kind : properties.kinds()) {
            for (PeriodCalendar calendar : PeriodCalendar.values()) {
                for (int days = 0; days <= 45; days += 15) {
                    try {
                        periods.add(calendar.periodOf(kind, today.minusDays(days)));
                    } catch (IllegalArgumentException e) {
                        // no period of this kind holds that day (nine months end in September)
                    }
                }
            }
        }
        return List.copyOf(periods);
    }

    private static Reminder reminder(SubmissionRow row, Period period, Reminder.Kind kind) {
        String what = "số liệu " + period.vietnameseName() + " (tính đến ngày " + DAY.format(row.cutOff()) + ")";
        String subject = (kind == Reminder.Kind.BEFORE ? "Nhắc gửi " : "Đã quá hạn gửi ") + "số liệu "
                + period.vietnameseName() + " theo Quy chế phối hợp số " + row.agreementCode();
        String body = "Kính gửi: " + row.agencyName() + ",\n\n"
                + (kind == Reminder.Kind.BEFORE
                        ? "Theo Quy chế phối hợp số " + row.agreementCode() + ", " + what + " của quý cơ quan cần gửi "
                                + "chậm nhất ngày " + DAY.format(row.deadline()) + ". Đến nay chưa nhận được số liệu của "
                                + "quý cơ quan. Đề nghị quý cơ quan gửi số liệu trước thời hạn trên."
                        : "Theo Quy chế phối hợp số " + row.agreementCode() + ", " + what + " của quý cơ quan phải gửi "
                                + "chậm nhất ngày " + DAY.format(row.deadline()) + ". Đến nay đã quá hạn nhưng chưa nhận "
                                + "được số liệu của quý cơ quan. Đề nghị quý cơ quan gửi số liệu sớm nhất.")
                + "\n\nQuý cơ quan có thể dùng mẫu Excel nhập số liệu của quy chế để gửi số liệu.\n\n"
                + "Thư này do hệ thống coordreport gửi tự động, xin không trả lời thư này.\n";
        return new Reminder(row.agreementCode(), row.agencyCode(), period.toString(), kind, row.contactEmail(),
                row.agencyName(), subject, body);
    }
}
