package vn.coordreport.messages;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Days and times as a Vietnamese office writes them, in every language the application speaks: what it shows
 * ({@link #DAY}, {@link #DAY_TIME}) and what it reads from a user ({@link #TYPED_DAY}).
 */
public final class DateFormats {

    /** A day shown: {@code 01/06/2021}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** A moment shown to the minute: {@code 01/06/2021 14:05}, in the zone of the time given. */
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    /** A moment logged to the second (a schedule's fire): {@code 01/06/2021 14:05:09}. */
    public static final DateTimeFormatter DAY_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    /**
     * A day typed by a user, {@code 01/06/2021} or {@code 1/6/2021}; strict, so {@code 31/02/2021} is refused and
     * not read as the last day of February.
     */
    public static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateFormats() {
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final java.util.regex.Pattern TYPED = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * Why a day written as a day is none, when it is past its month's end ({@code 2024-02-31}, {@code 31/04/2023}):
     * {@code tháng 2 năm 2024 chỉ có 29 ngày}, in the reader's language; empty for any other text, which is then
     * not written as a day at all.
     */
    public static java.util.Optional<String> pastMonthEnd(String typed) {
        String text = typed == null ? "" : typed.strip();
        java.util.regex.Matcher iso = ISO.matcher(text);
        java.util.regex.Matcher office = TYPED.matcher(text);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (office.matches()) {
            year = Integer.parseInt(office.group(3));
            month = Integer.parseInt(office.group(2));
            day = Integer.parseInt(office.group(1));
        } else {
            return java.util.Optional.empty();
        }
        if (month < 1 || month > 12) {
            return java.util.Optional.empty();
        }
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        return day > length
                ? java.util.Optional.of(Messages.text("day.pastMonthEnd", String.valueOf(month), String.valueOf(year),
                        String.valueOf(length)))
                : java.util.Optional.empty();
    }
}
