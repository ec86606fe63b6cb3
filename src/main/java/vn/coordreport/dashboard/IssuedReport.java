package vn.coordreport.dashboard;

import java.time.LocalDate;

/**
 * An issued report: numbered, dated, registered. {@code versionId}: the issued version to download;
 * {@code replacedBy}: the number of the next document issued for the same agreement and period, which replaces it
 * (the period reopened and issued again), or null.
 */
public record IssuedReport(long versionId, String agreementCode, String period, String numberSymbol,
        LocalDate issuedOn, String title, String replacedBy) {
}
