package vn.coordreport.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers, money, changes and dates as Vietnamese administrative reports write
 * them: {@code 54.288}, {@code 15,8}, {@code 02 tập thể}, {@code 400 tỷ đồng},
 * {@code tăng 12,5%}, {@code ngày 18 tháng 01 năm 2022}.
 */
final class VietnameseFormat {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VietnameseFormat() {
    }

    /** {@code 54.288}, {@code 15,8}: dot for thousands, comma for decimals, at most two decimals. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A count in running text: two digits below 10 ({@code 02}), grouped above ({@code 1.250}). */
    static String count(long value) {
        return value >= 0 && value < 10 ? "0" + value : number(value);
    }

    /** A quantity in running text: a whole one is a count ({@code 06}), a fraction a number ({@code 15,8}). */
    static String quantity(BigDecimal value) {
        if (value == null) {
            return count(0);
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? count(plain.longValueExact()) : number(value);
    }

    /**
     * Money, exact below a thousand billion ({@link #THOUSAND_BILLIONS}), in the unit a clerk would read it in:
     * {@code 400 tỷ đồng},
     * {@code 8,35 tỷ đồng} (whole tens of millions from one billion up),
     * {@code 850 triệu đồng}, {@code 1.234,5 triệu đồng} (whole tens of
     * thousands from one million up), otherwise {@code 1.234.567.890 đồng}.
     */
    static String money(long vnd) {
        long size = Math.abs(vnd);
        if (size >= THOUSAND_BILLIONS) {
            return wholeBillions(vnd) + " tỷ đồng";
        }
        if (size >= 1_000_000_000L && vnd % 10_000_000L == 0) {
            return billions(vnd) + " tỷ đồng";
        }
        if (size >= 1_000_000L && vnd % 10_000L == 0) {
            return number(BigDecimal.valueOf(vnd).divide(BigDecimal.valueOf(1_000_000L))) + " triệu đồng";
        }
        return number(vnd) + " đồng";
    }

    /**
     * From a thousand billion up an amount is said in whole tỷ đồng ({@code 149.762 tỷ đồng}): "149.762.184 triệu
     * đồng" was exact to a million in a sum of a hundred and fifty thousand billion, and broke inside the table's cell.
     */
    static final long THOUSAND_BILLIONS = 1_000_000_000_000L;

    /** The amount in whole tỷ đồng: {@code 149.762}. */
    static String wholeBillions(long vnd) {
        return number(BigDecimal.valueOf(vnd).divide(BILLION, 0, RoundingMode.HALF_UP));
    }

    /** The amount in tỷ đồng as a bare number, two decimals at most: {@code 1,5}. */
    static String billions(long vnd) {
        return number(BigDecimal.valueOf(vnd).divide(BILLION, 2, RoundingMode.HALF_UP));
    }

    /** What a sentence says of a figure the previous period did not have, as the partly covered year says it too. */
    static final String NONE_BEFORE = "cùng kỳ chưa phát sinh";

    /**
     * The change against the previous period: {@code tăng 12,5%}, {@code giảm 3%},
     * {@code bằng cùng kỳ}; where the previous period had nothing,
     * {@code cùng kỳ chưa phát sinh}.
     */
    static String change(BigDecimal current, BigDecimal previous) {
        BigDecimal now = current == null ? BigDecimal.ZERO : current;
        BigDecimal before = previous == null ? BigDecimal.ZERO : previous;
        int direction = now.compareTo(before);
        if (direction == 0) {
            return "bằng cùng kỳ";
        }
        if (before.signum() == 0) {
            return NONE_BEFORE;
        }
        BigDecimal percent = now.subtract(before).abs().multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
        String amount = percent.signum() == 0 ? "dưới 0,1" : number(percent);
        return (direction > 0 ? "tăng " : "giảm ") + amount + "%";
    }

    static String change(long current, long previous) {
        return change(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    /**
     * The same in the table's "So với cùng kỳ" column, whose head already says the comparison: {@code mới phát sinh};
     * nothing for nothing against nothing (a row shown for its target), where "bằng cùng kỳ" said more than it knew.
     */
    static String changeInTable(BigDecimal current, BigDecimal previous) {
        if ((current == null || current.signum() == 0) && (previous == null || previous.signum() == 0)) {
            return "";
        }
        String change = change(current, previous);
        return change.equals(NONE_BEFORE) ? "mới phát sinh" : change;
    }

    static String changeInTable(long current, long previous) {
        return changeInTable(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    /** How much of a target was reached: {@code 86,7%}; empty without a positive target. */
    static String percentOf(BigDecimal value, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            return "";
        }
        BigDecimal now = value == null ? BigDecimal.ZERO : value;
        return number(now.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP)) + "%";
    }

    /**
     * {@code ngày 18 tháng 01 năm 2022}: days below 10 and the months January
     * and February with a leading zero (Decree 30/2020).
     */
    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + twoDigits(date.getDayOfMonth())
                + " tháng " + (month <= 2 ? twoDigits(month) : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /** {@code 18/01/2022}, as in tables. */
    static String shortDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    /** {@code Quảng Trị, ngày 18 tháng 01 năm 2022}. */
    static String placeAndDate(String place, LocalDate date) {
        return (place == null || place.isBlank() ? "" : place.trim() + ", ") + longDate(date);
    }

    /**
     * {@code Quảng Trị, ngày      tháng      năm        }: the date left blank for the văn thư, who fills it
     * in when the document is issued (each blank wider than the figures that go into it).
     */
    static String placeAndBlankDate(String place) {
        return (place == null || place.isBlank() ? "" : place.trim() + ", ") + "ngày      tháng      năm         ";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
