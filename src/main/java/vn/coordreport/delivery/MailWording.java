package vn.coordreport.delivery;

import vn.coordreport.period.Period;

/** The Vietnamese words of a report mail; every text bound for a header is one safe line. */
final class MailWording {

    private MailWording() {
    }

    /**
     * The period as the report names it ({@link Period#vietnameseName()}: {@code 6 tháng đầu năm 2019},
     * {@code 9 tháng đầu năm 2020}, {@code quý III năm 2021}), so that a mail and the document it carries agree.
     */
    static String period(String text) {
        try {
            return Period.parse(text).vietnameseName();
        } catch (IllegalArgumentException e) {
            return "kỳ " + text;
        }
    }

    /** One line: control characters (CR and LF above all: header injection) become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
