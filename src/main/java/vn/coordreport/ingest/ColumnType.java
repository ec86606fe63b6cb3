package vn.coordreport.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import vn.coordreport.period.Period;

/**
 * What a column holds: how a trimmed, non-empty cell is checked and written
 * into its staging column (canonical text for PostgreSQL's COPY), and the
 * staging column's SQL type. {@link #canonical} throws
 * {@link IllegalArgumentException} with the message for the user.
 */
enum ColumnType {

    TEXT("text"),
    /**
     * A code, a province or an e-mail address: text of at most {@link #MAX_KEY} characters, as these are
     * looked up through indexes, which hold no more than about 2 700 bytes a value.
     */
    KEY("text"),
    DATE("date"),
    /** A quantity: plain digits with an optional {@code .} decimal, never negative. */
    QUANTITY("numeric"),
    /** An amount in đồng: plain digits. */
    AMOUNT("bigint"),
    /** A count of at least 1. */
    COUNT("int"),
    PERIOD("text"),
    TASK_STATUS("text"),
    COMMENDATION_KIND("text"),
    CALENDAR("text"),
    /** An agency's system: {@code state} or {@code party}. */
    SYSTEM("text"),
    ASSESSMENT_KIND("text"),
    /** A place in an order: a whole number, 0 or more. */
    ORDINAL("int");

    static final int MAX_KEY = 200;

    private static final Set<String> TASK_STATUSES = Set.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");
    private static final Set<String> KINDS = Set.of("COLLECTIVE", "INDIVIDUAL");
    private static final Set<String> CALENDARS = Set.of("decree-09", "calendar");
    private static final Set<String> SYSTEMS = Set.of("state", "party");
    private static final Set<String> ASSESSMENT_KINDS = Set.of("SITUATION", "LEADERSHIP", "LESSON", "PROPOSAL",
            "DIRECTION");

    final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    String canonical(String value) {
        return switch (this) {
            case TEXT -> lineFeeds(text(value));
            case KEY -> key(text(value));
            case DATE -> isoDate(value);
            case QUANTITY -> quantity(value);
            case AMOUNT -> amount(value);
            case COUNT -> count(value);
            case PERIOD -> Period.parse(value).toString();
            case TASK_STATUS -> oneOf(value.toUpperCase(Locale.ROOT), TASK_STATUSES, "a task status");
            case COMMENDATION_KIND -> oneOf(value.toUpperCase(Locale.ROOT), KINDS, "a commendation kind");
            case CALENDAR -> oneOf(value.toLowerCase(Locale.ROOT), CALENDARS, "a period calendar");
            case SYSTEM -> oneOf(value.toLowerCase(Locale.ROOT), SYSTEMS, "an agency's system");
            case ASSESSMENT_KIND -> oneOf(value.toUpperCase(Locale.ROOT), ASSESSMENT_KINDS, "an assessment kind");
            case ORDINAL -> ordinal(value);
        };
    }

    /**
     * {@code YYYY-MM-DD} or {@code DD/MM/YYYY} (day and month may have one digit), from year 1: there is no
     * year 0, and PostgreSQL refuses it.
     */
    static LocalDate date(String v) {
        try {
            int n = v.length();
            if (n == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return yearOne(v, LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10)));
            }
            int first = v.indexOf('/');
            int second = first < 0 ? -1 : v.indexOf('/', first + 1);
            if (first >= 1 && first <= 2 && second - first >= 2 && second - first <= 3 && n - second == 5) {
                return yearOne(v, LocalDate.of(digits(v, second + 1, n), digits(v, first + 1, second), digits(v, 0, first)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a date: " + e.getMessage());
        }
        throw new IllegalArgumentException("'" + v + "' is not a date: write YYYY-MM-DD or DD/MM/YYYY");
    }

    /** A date as {@code YYYY-MM-DD}: the cell itself when it is written so (most are), else the date it names. */
    private static String isoDate(String v) {
        LocalDate date = date(v);
        return v.length() == 10 && v.charAt(4) == '-' ? v : date.toString();
    }

    private static LocalDate yearOne(String v, LocalDate date) {
        if (date.getYear() < 1) {
            throw new IllegalArgumentException("'" + v + "' is not a date: there is no year 0");
        }
        return date;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("'" + c + "' is not a digit");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Text as typed: a tab and line breaks are allowed, other control characters are not (no keyboard types
     * them; they come from damaged files or text decoded with the wrong code page, and a report or a Word
     * document cannot show them), nor the non-characters U+FFFE and U+FFFF.
     */
    private static String text(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xFFFE) {
                throw new IllegalArgumentException(String.format("the text holds the control character U+%04X at "
                        + "position %d: remove it (was the file saved with the wrong code page?)", (int) c, i + 1));
            }
        }
        return v;
    }

    /** Line breaks as LF, whatever the file used: a file saved again with other line ends holds the same text (V94). */
    private static String lineFeeds(String v) {
        return v.indexOf('\r') < 0 ? v : v.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String key(String v) {
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("'" + v + "' holds a line break or a tab: a code, a province or an "
                    + "e-mail address is written on one line");
        }
        if (v.length() > MAX_KEY) {
            throw new IllegalArgumentException("'" + v + "' is " + v.length() + " characters long: a code, a province "
                    + "or an e-mail address has at most " + MAX_KEY);
        }
        return v;
    }

    private static String quantity(String v) {
        if (v.charAt(0) == '-' && isDecimal(v, 1)) {
            throw new IllegalArgumentException("'" + v + "' is negative: a quantity is 0 or more");
        }
        if (!isDecimal(v, 0)) {
            throw new IllegalArgumentException("'" + v + "' is not a number: write plain digits with an optional "
                    + "'.' decimal point, no thousands separators");
        }
        int dot = v.indexOf('.');
        if ((dot < 0 ? v.length() : dot) >= QUANTITY_DIGITS
                && new BigDecimal(v).setScale(3, RoundingMode.HALF_UP).compareTo(QUANTITY_LIMIT) >= 0) {
            throw new IllegalArgumentException("'" + v + "' is too large: a quantity is less than 10^15 "
                    + "(at most 15 digits before the decimal point)");
        }
        return v;
    }

    /** numeric(18, 3): at most 15 digits before the point, once rounded to 3 after it. */
    private static final int QUANTITY_DIGITS = 15;
    private static final BigDecimal QUANTITY_LIMIT = BigDecimal.TEN.pow(QUANTITY_DIGITS);

    private static boolean isDecimal(String v, int from) {
        int dot = -1;
        int n = v.length();
        for (int i = from; i < n; i++) {
            char c = v.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return n > from && dot != from && dot != n - 1 && n - from <= 30;
    }

    private static String amount(String v) {
        if (v.charAt(0) == '-' && isDecimal(v, 1)) {
            throw new IllegalArgumentException("'" + v + "' is negative: an amount is 0 or more đồng");
        }
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0 || v.length() > 18) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number of đồng: write plain digits, "
                    + "no thousands separators");
        }
        return v;
    }

    private static String count(String v) {
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0 || v.length() > 9 || Integer.parseInt(v) < 1) {
            throw new IllegalArgumentException("'" + v + "' is not a count: write a whole number of at least 1");
        }
        return v;
    }

    private static String ordinal(String v) {
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0 || v.length() > 9) {
            throw new IllegalArgumentException("'" + v + "' is not an order: write a whole number, 0 or more");
        }
        return v;
    }

    private static String oneOf(String v, Set<String> allowed, String what) {
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException("'" + v + "' is not " + what + ": write one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }
}
