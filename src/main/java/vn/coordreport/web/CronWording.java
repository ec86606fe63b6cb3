package vn.coordreport.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Quartz cron expression (seconds first) in Vietnamese, for the forms the schedules use: a fixed time every
 * day, on days of the week, on a day of every month or of given months, or every n minutes. Any other form is
 * given as it is, named a cron expression.
 */
final class CronWording {

    private static final List<String> WEEKDAYS = List.of("Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm",
            "thứ Sáu", "thứ Bảy");
    private static final List<String> WEEKDAY_NAMES = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private CronWording() {
    }

    static String say(String cron) {
        if (cron == null || cron.isBlank()) {
            return "Tắt";
        }
        String[] f = cron.trim().split("\\s+");
        if (f.length < 6 || f.length > 7 || f.length == 7 && !f[6].equals("*")) {
            return raw(cron);
        }
        String seconds = f[0], minutes = f[1], hours = f[2], dom = f[3], month = f[4], dow = f[5];
        if (!seconds.equals("0")) {
            return raw(cron);
        }
        if (minutes.startsWith("*/") || minutes.startsWith("0/")) {
            if (hours.equals("*") && any(dom) && month.equals("*") && any(dow)) {
                return "Mỗi " + minutes.substring(2) + " phút";
            }
            return raw(cron);
        }
        if (!number(minutes) || !number(hours)) {
            return raw(cron);
        }
        String time = "%02d:%02d".formatted(Integer.parseInt(hours), Integer.parseInt(minutes));
        if (any(dom) && month.equals("*") && any(dow)) {
            return time + " hằng ngày";
        }
        if (any(dom) && month.equals("*") && !any(dow)) {
            String days = weekdays(dow);
            return days == null ? raw(cron) : time + " " + days + " hằng tuần";
        }
        if (number(dom) && any(dow)) {
            if (month.equals("*")) {
                return time + " ngày " + Integer.parseInt(dom) + " hằng tháng";
            }
            if (month.matches("\\d{1,2}(,\\d{1,2})*")) {
                String months = Arrays.stream(month.split(",")).map(m -> "tháng " + Integer.parseInt(m))
                        .collect(Collectors.joining(", "));
                return time + " ngày " + Integer.parseInt(dom) + " " + months + " hằng năm";
            }
        }
        return raw(cron);
    }

    private static boolean any(String field) {
        return field.equals("*") || field.equals("?");
    }

    private static boolean number(String field) {
        return field.matches("\\d{1,2}");
    }

    /** {@code MON-FRI} as {@code từ thứ Hai đến thứ Sáu}, {@code MON,THU} as {@code thứ Hai, thứ Năm}. */
    private static String weekdays(String dow) {
        String upper = dow.toUpperCase(java.util.Locale.ROOT);
        if (upper.matches("[A-Z]{3}-[A-Z]{3}")) {
            int from = WEEKDAY_NAMES.indexOf(upper.substring(0, 3));
            int to = WEEKDAY_NAMES.indexOf(upper.substring(4));
            return from < 0 || to < 0 ? null : "từ " + WEEKDAYS.get(from) + " đến " + WEEKDAYS.get(to);
        }
        if (upper.matches("[A-Z]{3}(,[A-Z]{3})*")) {
            List<String> days = Arrays.stream(upper.split(",")).map(WEEKDAY_NAMES::indexOf).map(i -> i < 0 ? null
                    : WEEKDAYS.get(i)).toList();
            return days.contains(null) ? null : "các ngày " + String.join(", ", days);
        }
        return null;
    }

    private static String raw(String cron) {
        return "Theo biểu thức cron " + cron;
    }
}
