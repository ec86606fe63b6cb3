package vn.coordreport.catalog;

import java.time.LocalDate;

/**
 * An agreement as listed by the CLI and the web page.
 *
 * @param effectiveTo     null where the agreement is open-ended
 * @param symbol          the lead agency's abbreviation for report numbers, e.g. {@code SNgV}; may be null
 * @param leadAgencyProvince the lead agency's province: its reports are headed by, and numbered in the register
 *                        of, that agency
 */
public record AgreementSummary(String code, String title, String province, LocalDate effectiveFrom,
        LocalDate effectiveTo, String leadAgencyName, String symbol, String leadAgencyProvince) {

    /**
     * Whether a user who sees these provinces sees the agreement's reports and the requests for them: those of its
     * province, and those of its lead agency's, which issues them (they differ for an agreement between provinces
     * recorded with the other's).
     */
    public boolean reportsSeenBy(java.util.function.Predicate<String> canSee) {
        return canSee.test(province) || canSee.test(leadAgencyProvince);
    }
}
