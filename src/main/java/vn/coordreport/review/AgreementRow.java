package vn.coordreport.review;

import java.time.LocalDate;

/** The agreement row a review starts from. */
record AgreementRow(int id, String code, String title, String province, LocalDate signedOn,
        LocalDate effectiveFrom, LocalDate effectiveTo, String symbol, int leadAgencyId, String periodCalendar) {
}
