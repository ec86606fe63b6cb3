package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobSummary;

/**
 * The jobs page in the office's words: schedules, jobs and their states as the message bundles name them
 * ({@code job.name.*}, {@code schedule.name.*}, {@code job.status.*}), parameters said in Vietnamese. The
 * names a command line takes ({@code nightlyReportsJob}, {@code COMPLETED}, a cron expression) stay in a
 * tooltip and in the command line's output.
 */
final class JobWording {

    /** A job by what it does ({@code job.name.*}); an unknown one by its name. */
    public String job(String name) {
        return said("job.name." + name, name);
    }

    /** A schedule by what it does ({@code schedule.name.*}); an unknown one by its name. */
    public String trigger(String name) {
        return said("schedule.name." + name, name);
    }

    /** The state as the page says it: a close that only failed to mail is done, its mail pending. */
    public String state(JobSummary execution) {
        if (execution.mailPending()) {
            return Messages.text("job.status.mailPending");
        }
        return status(execution.status());
    }

    /** A Batch status ({@code job.status.*}) as the search's choices say it. */
    public String status(String status) {
        return said("job.status." + status, status);
    }

    private static String said(String key, String otherwise) {
        String text = Messages.optional(key);
        return text != null ? text : otherwise;
    }

    /** The badge's colour class. */
    public String tone(JobSummary execution) {
        if (execution.mailPending()) {
            return "warn";
        }
        return switch (execution.status()) {
            case "COMPLETED" -> "done";
            case "FAILED", "ABANDONED" -> "failed";
            default -> "running";
        };
    }

    /** What went wrong, for the office: a mail failure says what happens next, not the SMTP server's words. */
    public String failure(JobSummary execution) {
        if (execution.mailPending()) {
            return "Mọi báo cáo đã được lập và lưu; chỉ thư chưa gửi được. Thư còn chờ trong sổ gửi thư và được "
                    + "gửi lại theo lịch gửi thư.";
        }
        return execution.failure() == null ? "" : "Lỗi: " + execution.failure();
    }

    /** {@code asOf=2021-06-01, run=...} as {@code Tính đến ngày 01/06/2021}; the run stamp is left out. */
    public String parameters(String parameters) {
        List<String> said = new ArrayList<>();
        for (String pair : parameters.split(",\\s*")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            switch (name) {
                case "asOf" -> said.add("tính đến ngày " + day(value));
                case "period" -> said.add("kỳ " + period(value));
                case "calendar" -> said.add(switch (value) {
                    case "decree-09" -> "số liệu đến ngày 14 (Nghị định 09)";
                    case "calendar" -> "số liệu theo tháng dương lịch";
                    default -> "lịch riêng của từng quy chế";
                });
                default -> { }
            }
        }
        return said.isEmpty() ? "" : PageFormat.capitalised(String.join(", ", said));
    }

    private static String day(String iso) {
        try {
            return DAY.format(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String period(String code) {
        try {
            return vn.coordreport.period.Period.parse(code).vietnameseName();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** A cron expression said in words; see {@link CronWording}. */
    public String schedule(String cron) {
        return CronWording.say(cron);
    }
}
