package vn.coordreport.schedule;

import java.util.regex.Pattern;

import vn.coordreport.messages.Messages;

/**
 * A Quartz cron expression (seconds first) as a clerk says it: {@code 0 0 2 20 6 ?} is
 * "02:00 ngày 20 hằng tháng 6", {@code 0 30 1 * * ?} "01:30 hằng ngày", {@code 0 *&#47;10 * * * ?}
 * "10 phút một lần". An expression of another shape (days of the week, lists, ranges) is given
 * as it is written, which is still exact.
 */
public final class CronWording {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}");
    private static final Pattern EVERY = Pattern.compile("(?:0|\\*)/([0-9]{1,2})");

    private CronWording() {
    }

    public static String of(String cron) {
        if (cron == null || cron.isBlank()) {
            return Messages.text("cron.off");
        }
        String[] f = cron.trim().split("\\s+");
        if (f.length < 6 || f.length == 7 && !f[6].equals("*") || !f[0].equals("0")
                || !(f[5].equals("?") || f[5].equals("*"))) {
            return Messages.text("cron.raw", cron);
        }
        String minute = f[1];
        String hour = f[2];
        String day = f[3];
        String month = f[4];
        var every = EVERY.matcher(minute);
        if (every.matches() && hour.equals("*") && isAny(day) && month.equals("*")) {
            return Messages.text("cron.everyMinutes", every.group(1));
        }
        if (!NUMBER.matcher(minute).matches() || !NUMBER.matcher(hour).matches()) {
            return Messages.text("cron.raw", cron);
        }
        String time = String.format("%02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute));
        if (isAny(day) && month.equals("*")) {
            return Messages.text("cron.daily", time);
        }
        if (NUMBER.matcher(day).matches() && month.equals("*")) {
            return Messages.text("cron.monthly", time, day);
        }
        if (NUMBER.matcher(day).matches() && NUMBER.matcher(month).matches()) {
            return Messages.text("cron.yearly", time, day, month);
        }
        return Messages.text("cron.raw", cron);
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }
}
