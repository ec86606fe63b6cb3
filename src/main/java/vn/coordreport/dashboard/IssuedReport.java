package vn.coordreport.dashboard;

import java.time.LocalDate;

/** An issued report: numbered, dated, registered. {@code versionId}: the issued version to download. */
public record IssuedReport(long versionId, String agreementCode, String period, String numberSymbol,
        LocalDate issuedOn, String title) {
}
