package vn.coordreport.period;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.coordreport.messages.DateFormats;
import vn.coordreport.messages.Messages;

/**
 * A reporting period as written in files, on the command line and in the API.
 * Named periods become dates through a {@link PeriodCalendar}; an explicit
 * range is the same under both calendars.
 */
public record Period(Kind kind, int year, int number, LocalDate rangeFrom, LocalDate rangeTo) {

    public enum Kind { HALF, NINE_MONTHS, QUARTER, YEAR, RANGE }

    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("a period needs a kind");
        }
        int max = switch (kind) {
            case HALF -> 2;
            case QUARTER -> 4;
            default -> 0;
        };
        if (max > 0 && (number < 1 || number > max)) {
            throw new IllegalArgumentException("there is no " + kind.name().toLowerCase(Locale.ROOT) + " " + number
                    + " in a year");
        }
        if (kind == Kind.RANGE) {
            new DateRange(rangeFrom, rangeTo);
        } else if (rangeFrom != null || rangeTo != null) {
            throw new IllegalArgumentException("only a range period carries dates");
        }
    }

    public static Period half(int year, int half) {
        return new Period(Kind.HALF, year, half, null, null);
    }

    public static Period nineMonths(int year) {
        return new Period(Kind.NINE_MONTHS, year, 0, null, null);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter, null, null);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0, null, null);
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from.getYear(), 0, from, to);
    }

    /**
     * Reads {@code 2019-H1}, {@code 2020-9M}, {@code 2021-Q3}, {@code 2021} or
     * {@code 2016-06-25..2023-10-25}, of a year from 1000 ({@link #FIRST_YEAR}).
     *
     * @throws IllegalArgumentException naming what is wrong, for a message to the user
     */
    public static Period parse(String text) {
        Period read = read(text);
        int year = read.kind() == Kind.RANGE ? read.rangeFrom().getYear() : read.year();
        if (year < FIRST_YEAR) {
            // 0000 was read as a year 0 that no calendar has, shown as "năm 0 (15/12/-0001 - 14/12/0000)"
            throw new IllegalArgumentException(Messages.text("period.year", String.valueOf(text)));
        }
        return read;
    }

    /**
     * The first year a period may be of: a year is written in four digits (as the register's year is), so none
     * before 1000, and no year 0, which the calendar does not have.
     */
    static final int FIRST_YEAR = 1000;

    private static Period read(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Period inWords = PeriodWords.parse(text);
        if (inWords != null) {
            return inWords;
        }
        Matcher m;
        if ((m = HALF.matcher(t)).matches()) {
            return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = NINE_MONTHS.matcher(t)).matches()) {
            return nineMonths(Integer.parseInt(m.group(1)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            try {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw badRange(text, e);
            }
        }
        throw new IllegalArgumentException(Messages.text("period.invalid", String.valueOf(text)));
    }

    /**
     * The period a list is narrowed to, read as {@link #parse} reads it ({@code 2019-h1}, {@code 6 tháng đầu năm
     * 2019}); null for none (null or blank). A filter's text is never matched as written: a misspelt period would
     * find nothing and look like an empty list.
     *
     * @throws IllegalArgumentException saying how to write a period
     */
    public static Period parseIfGiven(String textOrNull) {
        return textOrNull == null || textOrNull.isBlank() ? null : parse(textOrNull);
    }

    /** Why a written range is no range: a day that does not exist, or an end before the start. */
    static IllegalArgumentException badRange(String text, RuntimeException e) {
        // a day past its month's end says how many days that month has, as a day of the commands and the API does
        String why = e instanceof DateTimeParseException p
                ? Messages.text("period.range.noDay", p.getParsedString())
                        + DateFormats.pastMonthEnd(p.getParsedString()).map(days -> ": " + days).orElse("")
                : e.getMessage();
        return new IllegalArgumentException(Messages.text("period.range.invalid", text, why), e);
    }

    static List<Period> ofKind(Kind kind, int year) {
        return switch (kind) {
            case HALF -> List.of(half(year, 1), half(year, 2));
            case QUARTER -> List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
            case NINE_MONTHS -> List.of(nineMonths(year));
            case YEAR -> List.of(year(year));
            case RANGE -> throw new IllegalArgumentException("a range is not a named period");
        };
    }

    /** The days this period covers under a calendar. */
    public DateRange range(PeriodCalendar calendar) {
        return switch (kind) {
            case HALF -> calendar.months(month(number == 1 ? 1 : 7), month(number == 1 ? 6 : 12));
            case NINE_MONTHS -> calendar.months(month(1), month(9));
            case QUARTER -> calendar.months(month(3 * number - 2), month(3 * number));
            case YEAR -> calendar.months(month(1), month(12));
            case RANGE -> new DateRange(rangeFrom, rangeTo);
        };
    }

    private YearMonth month(int month) {
        return YearMonth.of(year, month);
    }

    /**
     * The period this one is compared with: the same half, quarter or nine
     * months of the previous year, the previous year, or for a range the range
     * of the same length just before it.
     */
    public Period previousComparable() {
        if (kind == Kind.RANGE) {
            long days = new DateRange(rangeFrom, rangeTo).days();
            return range(rangeFrom.minusDays(days), rangeFrom.minusDays(1));
        }
        return new Period(kind, year - 1, number, null, null);
    }

    /**
     * The periods whose key tasks are "the next period's" in this period's report. After nine months, those that run
     * into the last three months: the fourth quarter's, the second half's and the year's, not the next year's, which
     * the report would have called the last three months' ("3 tháng cuối năm 2021" over the tasks of 2022).
     */
    public List<Period> following() {
        return switch (kind) {
            case HALF -> number == 1 ? List.of(half(year, 2), year(year)) : List.of(year(year + 1), half(year + 1, 1));
            case NINE_MONTHS -> List.of(quarter(year, 4), half(year, 2), year(year));
            case QUARTER -> number < 4 ? List.of(quarter(year, number + 1)) : List.of(quarter(year + 1, 1), year(year + 1));
            case YEAR -> List.of(year(year + 1), half(year + 1, 1));
            case RANGE -> List.of(year(rangeTo.getYear() + 1), half(rangeTo.getYear() + 1, 1),
                    year(rangeTo.getYear()), half(rangeTo.getYear(), 2));
        };
    }

    /**
     * The named periods within this one, in the order they end (the shorter first): their key tasks are this
     * period's too, as the year's report tells how the tasks set for its halves went. None within a quarter. A
     * range holds each period that ends within it under the calendar: a term from 01/03/2018 holds the year 2018
     * that began before it, not the year whose last fortnight it covers.
     */
    public List<Period> within(PeriodCalendar calendar) {
        return switch (kind) {
            case YEAR -> List.of(quarter(year, 1), quarter(year, 2), half(year, 1), quarter(year, 3), nineMonths(year),
                    quarter(year, 4), half(year, 2));
            case NINE_MONTHS -> List.of(quarter(year, 1), quarter(year, 2), half(year, 1), quarter(year, 3));
            case HALF -> number == 1 ? List.of(quarter(year, 1), quarter(year, 2))
                    : List.of(quarter(year, 3), quarter(year, 4));
            case QUARTER -> List.of();
            case RANGE -> {
                List<Period> inside = new ArrayList<>();
                for (int y = rangeFrom.getYear(); y <= rangeTo.getYear() + 1; y++) {
                    for (Period p : year(y).within(calendar)) {
                        if (p.endsWithin(calendar, rangeFrom, rangeTo)) {
                            inside.add(p);
                        }
                    }
                    if (year(y).endsWithin(calendar, rangeFrom, rangeTo)) {
                        inside.add(year(y));
                    }
                }
                yield inside;
            }
        };
    }

    private boolean endsWithin(PeriodCalendar calendar, LocalDate from, LocalDate to) {
        LocalDate end = range(calendar).to();
        return !end.isBefore(from) && !end.isAfter(to);
    }

    /**
     * A stored period's code ({@code 2019-H1}) in words ({@code 6 tháng đầu năm 2019}), as a page or a mail says
     * it; the text as it is when it is no period's code.
     */
    public static String wordsOf(String code) {
        try {
            return parse(code).vietnameseName();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    /**
     * The summary line's words: {@code 6 tháng đầu năm 2019}, {@code năm 2021}, {@code giai đoạn 2016 - 2023},
     * a range within one year {@code giai đoạn từ ngày 01/01/2021 đến ngày 31/03/2021}.
     */
    public String vietnameseName() {
        return switch (kind) {
            case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
            case QUARTER -> "quý " + "I II III IV".split(" ")[number - 1] + " năm " + year;
            case YEAR -> "năm " + year;
            case RANGE -> rangeFrom.getYear() == rangeTo.getYear()
                    ? "giai đoạn từ ngày " + DAY.format(rangeFrom) + " đến ngày " + DAY.format(rangeTo)
                    : "giai đoạn " + rangeFrom.getYear() + " - " + rangeTo.getYear();
        };
    }

    /** The canonical text: {@code 2019-H1}, {@code 2020-9M}, {@code 2021-Q3}, {@code 2021}, {@code a..b}. */
    @Override
    public String toString() {
        return switch (kind) {
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
            case RANGE -> rangeFrom + ".." + rangeTo;
        };
    }
}
