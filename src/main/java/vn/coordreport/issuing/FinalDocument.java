package vn.coordreport.issuing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.coordreport.archive.ArchivedReport;

/**
 * A final on its way out, as {@code approvals} and the pages show it.
 *
 * @param versionId        the final as rendered: the id every step names
 * @param agencyCode       the issuing body (the agreement's lead agency), whose register numbers it
 * @param agencyName       its name as a document's header writes it ({@code Sở Ngoại vụ}); null when it is gone
 * @param emptyForPeriod   nothing of the period in it: issued only on an explicit confirmation
 * @param supersededBy     a newer final of the same report, which alone may go on; null when it is the newest
 * @param documentNumber   given at issue; null before
 * @param numberSymbol     what follows the number on the document, e.g. {@code /BC-SNgV}; known once signed
 * @param issuedVersionId  the archived issued document; null before issue
 * @param lastStep         the latest step ({@code MADE}, {@code APPROVED}, ...), who took it, when, and its comment
 */
public record FinalDocument(long versionId, String agreementCode, String period, int version, String agencyCode,
        String agencyName, String province, FinalState state, boolean emptyForPeriod, Long supersededBy, String title,
        String signerName, Integer documentNumber, String numberSymbol, LocalDate issuedOn, Long issuedVersionId,
        OffsetDateTime updatedAt,
        String lastStep, String lastUsername, OffsetDateTime lastAt, String lastComment) {

    /** {@code 05/BC-SNgV} once issued, else null. */
    public String numberAndSymbol() {
        return ArchivedReport.numberAndSymbol(documentNumber, numberSymbol);
    }

    public boolean superseded() {
        return supersededBy != null;
    }
}
