package vn.coordreport.ingest.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/**
 * What a column holds: how a trimmed, non-empty cell is checked and written
 * into its staging column (canonical text for PostgreSQL's COPY), and the
 * staging column's SQL type. {@link #canonical} throws
 * {@link IllegalArgumentException} with the message for the user.
 */
public enum ColumnType {

    TEXT("text"),
    /**
     * A code, a province or an e-mail address: text of at most {@link #MAX_KEY} characters, as these are
     * looked up through indexes, which hold no more than about 2 700 bytes a value, with no character that
     * makes two codes look alike ({@link KeyText}).
     */
    KEY("text"),
    /** One e-mail address ({@link EmailAddress}), with the checks of {@link #KEY}. */
    EMAIL("text"),
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

    // in the order a reader expects them, each named in the message with its name in words (value.<kind>.<code>)
    private static final List<String> TASK_STATUSES = List.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");
    private static final List<String> KINDS = List.of("COLLECTIVE", "INDIVIDUAL");
    private static final List<String> CALENDARS = List.of("decree-09", "calendar");
    private static final List<String> SYSTEMS = List.of("state", "party");
    private static final List<String> ASSESSMENT_KINDS = List.of("SITUATION", "LEADERSHIP", "LESSON", "PROPOSAL",
            "DIRECTION");

    final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    /** Whether the staged value is text (compared byte by byte where rows are grouped). */
    public boolean isText() {
        return sqlType.equals("text");
    }

    // public for ImportFormat11IntegrationTests (package ingest), which reads periods with it
    public String canonical(String value) {
        return switch (this) {
            case TEXT -> lineFeeds(text(value));
            case KEY -> key(text(value));
            case EMAIL -> EmailAddress.check(key(text(value)));
            case DATE -> isoDate(value);
            case QUANTITY -> quantity(value);
            case AMOUNT -> amount(value);
            case COUNT -> count(value);
            case PERIOD -> period(value);
            case TASK_STATUS -> oneOf(value, value.toUpperCase(Locale.ROOT), TASK_STATUSES, "taskStatus");
            case COMMENDATION_KIND -> oneOf(value, value.toUpperCase(Locale.ROOT), KINDS, "commendationKind");
            case CALENDAR -> oneOf(value, value.toLowerCase(Locale.ROOT), CALENDARS, "calendar");
            case SYSTEM -> oneOf(value, value.toLowerCase(Locale.ROOT), SYSTEMS, "system");
            case ASSESSMENT_KIND -> oneOf(value, value.toUpperCase(Locale.ROOT), ASSESSMENT_KINDS, "assessmentKind");
            case ORDINAL -> ordinal(value);
        };
    }

    /**
     * {@code YYYY-MM-DD} or {@code DD/MM/YYYY} (day and month may have one digit), from year 1: there is no
     * year 0, and PostgreSQL refuses it.
     */
    public static LocalDate date(String v) {
        try {
            int n = v.length();
            if (n == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return yearOne(v, day(v, digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10)));
            }
            int first = v.indexOf('/');
            int second = first < 0 ? -1 : v.indexOf('/', first + 1);
            if (first >= 1 && first <= 2 && second - first >= 2 && second - first <= 3 && n - second == 5) {
                return yearOne(v, day(v, digits(v, second + 1, n), digits(v, first + 1, second), digits(v, 0, first)));
            }
        } catch (NumberFormatException e) {
            // a character that is not a digit: the format is not one of the two
        }
        throw new IllegalArgumentException(Messages.text("import.date.format", v));
    }

    /** The day, or the reason there is none in the reader's words (a month 13, a 30 February). */
    private static LocalDate day(String v, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(Messages.text("import.date.noMonth", v, String.valueOf(month)));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new IllegalArgumentException(Messages.text("import.date.noDay", v, String.valueOf(month),
                    String.valueOf(year), String.valueOf(length)));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.text("import.date.format", v));
        }
    }

    /** A date as {@code YYYY-MM-DD}: the cell itself when it is written so (most are), else the date it names. */
    private static String isoDate(String v) {
        LocalDate date = date(v);
        return v.length() == 10 && v.charAt(4) == '-' ? v : date.toString();
    }

    private static LocalDate yearOne(String v, LocalDate date) {
        if (date.getYear() < 1) {
            throw new IllegalArgumentException(Messages.text("import.date.yearZero", v));
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
     * Text as typed, in Unicode NFC (so that "Sở" typed with a combining hook, as some Vietnamese keyboards
     * and macOS write it, is the same text as "Sở" typed precomposed): a tab and line breaks are allowed,
     * other control characters are not (no keyboard types them; they come from damaged files or text decoded
     * with the wrong code page, and a report or a Word document cannot show them), nor the non-characters
     * U+FFFE and U+FFFF.
     */
    private static String text(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xFFFE) {
                throw new IllegalArgumentException(Messages.text("import.text.control", String.format("%04X", (int) c),
                        String.valueOf(i + 1)));
            }
        }
        return KeyText.nfc(v);
    }

    /** Line breaks as LF, whatever the file used: a file saved again with other line ends holds the same text (V94). */
    private static String lineFeeds(String v) {
        return v.indexOf('\r') < 0 ? v : v.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String key(String v) {
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\t') >= 0) {
            throw new IllegalArgumentException(Messages.text("import.key.lineBreak", v));
        }
        KeyText.checkVisible(v);
        if (v.length() > MAX_KEY) {
            throw new IllegalArgumentException(Messages.text("import.key.tooLong", v, String.valueOf(v.length()),
                    String.valueOf(MAX_KEY)));
        }
        return v;
    }

    private static String quantity(String v) {
        if (v.charAt(0) == '-' && isDecimal(v, 1)) {
            throw new IllegalArgumentException(Messages.text("import.quantity.negative", v));
        }
        if (!isDecimal(v, 0)) {
            throw new IllegalArgumentException(Messages.text("import.quantity.notNumber", v) + writeAs(v, false));
        }
        if (readsTwoWays(v)) {
            BigDecimal decimal = new BigDecimal(v).stripTrailingZeros();
            String fraction = decimal.scale() <= 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
            throw new IllegalArgumentException(Messages.text("import.quantity.twoReadings", v, v.replace(".", ""),
                    fraction.replace('.', ','), decimal.scale() == 3 ? v + "0" : fraction));
        }
        int dot = v.indexOf('.');
        if ((dot < 0 ? v.length() : dot) >= QUANTITY_DIGITS
                && new BigDecimal(v).setScale(3, RoundingMode.HALF_UP).compareTo(QUANTITY_LIMIT) >= 0) {
            throw new IllegalArgumentException(Messages.text("import.quantity.tooLarge", v));
        }
        if (dot >= 0 && v.length() - dot - 1 > QUANTITY_DECIMALS
                && new BigDecimal(v).stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw new IllegalArgumentException(Messages.text("import.quantity.tooPrecise", v));
        }
        return v;
    }

    /** One to three digits, a point, three digits: how a Vietnamese spreadsheet shows a number from a thousand up. */
    private static final java.util.regex.Pattern THOUSANDS_OR_FRACTION = java.util.regex.Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");

    /**
     * Whether a quantity written as text reads two ways: {@code 60.000} is sixty in the format (a decimal point) and
     * sixty thousand as the clerk who typed it saw it in a Vietnamese spreadsheet ("60.000 khẩu trang"). Taken as the
     * format reads it, the report would say 60 without a word; so it is refused, with both readings written the
     * format's way. {@code 0.125} and {@code 1234.5} read one way. A workbook's number cell is no text
     * ({@code XlsxRows}).
     */
    public static boolean readsTwoWays(String v) {
        return THOUSANDS_OR_FRACTION.matcher(v).matches();
    }

    /** numeric(18, 3): at most 15 digits before the point, once rounded to 3 after it. */
    private static final int QUANTITY_DIGITS = 15;
    private static final BigDecimal QUANTITY_LIMIT = BigDecimal.TEN.pow(QUANTITY_DIGITS);
    /**
     * Digits after the point that numeric(18, 3) keeps: a quantity with more would be rounded without a word, and
     * a correction in the fourth decimal would read as the same figure. (A workbook's number comes with the 15
     * significant digits Excel shows, {@code XlsxRows}: 0.1 + 0.2 is the 0.3 the clerk sees.)
     */
    private static final int QUANTITY_DECIMALS = 3;

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
            throw new IllegalArgumentException(Messages.text("import.amount.negative", v));
        }
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0) {
            throw new IllegalArgumentException(Messages.text("import.amount.notWhole", v) + writeAs(v, true));
        }
        if (v.length() > 18) {
            throw new IllegalArgumentException(Messages.text("import.amount.tooLarge", v));
        }
        return v;
    }

    /** Thousands grouped by dots, by commas (two groups or more) or by spaces; then a decimal part, perhaps. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d+))?|(\\d{1,3}(?:,\\d{3}){2,})(?:\\.(\\d+))?|(\\d{1,3}(?:[ \\u00A0]\\d{3})+)(?:,(\\d+))?");
    /** A decimal comma, as a Vietnamese Excel writes a number in a CSV file. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("(\\d+),(\\d+)");

    /**
     * The number meant by a value written as a spreadsheet shows it ({@code 1.500.000}, {@code 2,5}, {@code 1 500}),
     * in the import format's form, as a suggestion to end a problem with ({@code " (ghi là 1500000)"}); empty when it
     * is none of these, when it would have a fraction and a whole number is asked for, or when it reads two ways
     * ({@code 1,500}: one and a half, or fifteen hundred).
     */
    static String writeAs(String v, boolean whole) {
        String digits = null;
        String fraction = null;
        java.util.regex.Matcher grouped = GROUPED.matcher(v);
        java.util.regex.Matcher comma = DECIMAL_COMMA.matcher(v);
        if (grouped.matches()) {
            for (int g = 1; g <= 5; g += 2) {
                if (grouped.group(g) != null) {
                    digits = grouped.group(g).replaceAll("[^0-9]", "");
                    fraction = grouped.group(g + 1);
                }
            }
        } else if (comma.matches() && !(comma.group(1).length() <= 3 && comma.group(2).length() == 3)) {
            digits = comma.group(1);
            fraction = comma.group(2);
        }
        if (digits == null || whole && fraction != null) {
            return "";
        }
        return Messages.text("import.number.writeAs", digits + (fraction == null ? "" : "." + fraction));
    }

    private static String count(String v) {
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0 || v.length() > 9 || Integer.parseInt(v) < 1) {
            throw new IllegalArgumentException(Messages.text("import.count.invalid", v));
        }
        return v;
    }

    private static String ordinal(String v) {
        if (!isDecimal(v, 0) || v.indexOf('.') >= 0 || v.length() > 9) {
            throw new IllegalArgumentException(Messages.text("import.ordinal.invalid", v));
        }
        return v;
    }

    /**
     * The code {@code typed} is, in any case; else a problem that quotes it as typed and, when it is a code's
     * Vietnamese name ({@code Đang thực hiện}, as the template's list shows it beside the code), names that code.
     */
    private static String oneOf(String typed, String v, List<String> allowed, String kind) {
        if (allowed.contains(v)) {
            return v;
        }
        for (String code : allowed) {
            if (Messages.text("value." + kind + "." + code).equalsIgnoreCase(typed.strip())) {
                throw new IllegalArgumentException(Messages.text("import.value.nameNotCode", typed,
                        Messages.text("value." + kind), code));
            }
        }
        String values = allowed.stream().map(a -> Messages.text("import.value.named", a, Messages.text("value." + kind + "." + a)))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(Messages.text("import.value.notOneOf", typed, Messages.text("value." + kind), values));
    }

    private static String period(String v) {
        try {
            return Period.parse(v).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.text("import.period.invalid", v));
        }
    }
}
