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
}
