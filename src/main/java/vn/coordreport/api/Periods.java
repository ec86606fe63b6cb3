package vn.coordreport.api;

import vn.coordreport.period.Period;

/** A period a client names to narrow a list. */
final class Periods {

    private Periods() {
    }

    /**
     * {@code 2019-h1}, {@code 6 tháng đầu năm 2019} and {@code 2019-H1} alike as the first half of 2019; null for none.
     *
     * @throws IllegalArgumentException (a 400) saying how to write a period, when it is none: a misspelt period would
     *                                  otherwise find nothing and look like an empty archive
     */
    static Period parse(String period) {
        return period == null || period.isBlank() ? null : Period.parse(period.strip());
    }
}
