package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY_TIME;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Times as the pages show them: {@code dd/MM/yyyy HH:mm} in
 * {@code coordreport.time-zone} (Hà Nội's time by default), whatever the zone
 * of the server or of the value; the database hands out UTC.
 */
record PageTimes(ZoneId zone) {

    /** The time in the page's zone; empty for none. */
    public String of(TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime zoned;
        if (time instanceof OffsetDateTime t) {
            zoned = t.atZoneSameInstant(zone);
        } else if (time instanceof ZonedDateTime t) {
            zoned = t.withZoneSameInstant(zone);
        } else if (time instanceof Instant t) {
            zoned = t.atZone(zone);
        } else {
            throw new IllegalArgumentException("not an instant: " + time);
        }
        return DAY_TIME.format(zoned);
    }

    /** For the foot of the page, e.g. {@code Asia/Ho_Chi_Minh (UTC+07:00)}. */
    public String label() {
        return zone.getId() + " (UTC" + zone.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00") + ")";
    }
}
