package vn.coordreport.delivery;

import static vn.coordreport.messages.DateFormats.DAY;

import vn.coordreport.period.Period;

/** The Vietnamese words of a report mail; every text bound for a header is one safe line. */
final class MailWording {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private MailWording() {
    }

    /** {@code năm 2021}, {@code 6 tháng đầu năm 2019}, {@code quý III năm 2021}, {@code giai đoạn 25/06/2016 - 25/10/2023}. */
    static String period(String text) {
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException e) {
            return "kỳ " + text;
        }
        return switch (p.kind()) {
            case YEAR -> "năm " + p.year();
            case HALF -> "6 tháng " + (p.number() == 1 ? "đầu" : "cuối") + " năm " + p.year();
            case NINE_MONTHS -> "9 tháng năm " + p.year();
            case QUARTER -> "quý " + QUARTERS[p.number() - 1] + " năm " + p.year();
            case RANGE -> "giai đoạn " + p.rangeFrom().format(DAY) + " - " + p.rangeTo().format(DAY);
        };
    }

    /** Two digits below 10, as report numbers are written: {@code 03}. */
    static String number(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** One line: control characters (CR and LF above all: header injection) become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
