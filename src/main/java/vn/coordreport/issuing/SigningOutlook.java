package vn.coordreport.issuing;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whose name signing a final would put under whose, said to the signer before the step: the name in the
 * certificate of the key registered for them, and the signer the document names.
 *
 * @param username   the signed-in signer
 * @param keyHolder  the CN of their key in use; null when they have none (signing is then refused)
 * @param signerName the name the issuing body gives its signer; null when it names none (refused too)
 */
public record SigningOutlook(String username, String keyHolder, String signerName) {

    @JsonProperty
    public boolean hasKey() {
        return keyHolder != null;
    }

    /** The key names someone else than the signer printed under the signature, compared as the signing step does. */
    @JsonProperty
    public boolean keyNamesAnother() {
        return keyHolder != null && signerName != null && !Issuing.sameName(keyHolder, signerName);
    }
}
