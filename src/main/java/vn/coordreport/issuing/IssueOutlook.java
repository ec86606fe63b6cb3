package vn.coordreport.issuing;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.coordreport.catalog.AgreementRecipient;

/**
 * What issuing a signed final will do, said to the văn thư before the step, read without taking anything.
 *
 * @param number        the number most likely given, with its symbol as the register writes it ({@code 03/BC-SNgV}):
 *                      the issuing body's next free number of the year, given only at the moment of issuing
 * @param year          the year whose register numbers it
 * @param issuedOn      the issue date: today in {@code coordreport.time-zone}
 * @param recipients    whom the mails go to, names and addresses as the delivery writes them
 * @param replaces      the issued document it replaces as its mails name it ({@code số 01/BC-SNgV ngày 05/12/2026});
 *                      null when none
 * @param signedBy      the user who signed it (the history's step); null when unknown
 * @param keyHolder     the name in the certificate of the key it was signed with; null when unreadable
 * @param signerName    the signer the document names under the signature
 */
public record IssueOutlook(String number, int year, LocalDate issuedOn, List<AgreementRecipient> recipients,
        String replaces, String signedBy, String keyHolder, String signerName) {

    /** Signed with a key in another name than the one printed under the signature: the register will say so. */
    @JsonProperty
    public boolean signedUnderAnotherName() {
        return keyHolder != null && signerName != null && !Issuing.sameName(keyHolder, signerName);
    }
}
