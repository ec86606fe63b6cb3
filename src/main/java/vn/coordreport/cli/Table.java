package vn.coordreport.cli;

import static vn.coordreport.messages.DateFormats.DAY;
import static vn.coordreport.messages.DateFormats.DAY_TIME;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.coordreport.messages.Messages;

/**
 * A list command's table: headings from the bundles in the reader's language, each column as wide as its longest
 * value or heading (counted in code points, so that a Vietnamese letter typed in NFC counts once), two spaces
 * between columns, numbers right-aligned where {@link #right} says, no spaces at the end of a line.
 */
final class Table {

    /** The zone of the times shown: {@code coordreport.time-zone}, for the command being run ({@link Cli}). */
    private static volatile ZoneId zone = ZoneId.systemDefault();

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    private Table(String[] headings) {
        rows.add(headings);
        right = new boolean[headings.length];
    }

    /** A table whose headings are the texts of these bundle keys. */
    static Table of(String... headingKeys) {
        return new Table(Arrays.stream(headingKeys).map(Messages::text).toArray(String[]::new));
    }

    /** Right-aligns these columns (counted from 0), heading included: the columns of numbers. */
    Table right(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /** Adds a row, one value per heading; null reads {@code -}. */
    Table row(Object... values) {
        if (values.length != right.length) {
            throw new IllegalArgumentException(values.length + " values for " + right.length + " columns");
        }
        rows.add(Arrays.stream(values).map(v -> v == null ? "-" : v.toString()).toArray(String[]::new));
        return this;
    }

    /** The heading line first, then a line per row. */
    List<String> lines() {
        int[] widths = new int[right.length];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String pad = " ".repeat(widths[c] - width(row[c]));
                line.append(c == 0 ? "" : "  ").append(right[c] ? pad + row[c] : row[c] + pad);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    void print(PrintWriter out) {
        lines().forEach(out::println);
    }

    /**
     * A time as the reader writes it, {@code dd/MM/yyyy HH:mm} in {@code coordreport.time-zone} (as the pages and
     * the issue dates are), not in the zone of the machine the command runs on; null reads {@code -}.
     */
    static String time(OffsetDateTime time) {
        return time == null ? "-" : DAY_TIME.format(time.atZoneSameInstant(zone));
    }

    /** Shows times in this zone from now on; gives the zone they were shown in. */
    static ZoneId showTimesIn(ZoneId shown) {
        ZoneId previous = zone;
        zone = shown;
        return previous;
    }

    /** A time in the zone it belongs to (a schedule's), {@code dd/MM/yyyy HH:mm}. */
    static String inItsZone(ZonedDateTime time) {
        return DAY_TIME.format(time);
    }

    /** "có" or "không" (yes or no) in the reader's language. */
    static String yesNo(boolean yes) {
        return Messages.text(yes ? "table.yes" : "table.no");
    }

    /** A day as the reader writes it, {@code dd/MM/yyyy}; null reads {@code -}. */
    static String day(LocalDate day) {
        return day == null ? "-" : DAY.format(day);
    }

    /** The characters a terminal shows: a name typed in NFC counts each Vietnamese letter once. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
