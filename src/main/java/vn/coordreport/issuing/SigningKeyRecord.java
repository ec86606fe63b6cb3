package vn.coordreport.issuing;

import java.time.OffsetDateTime;

/**
 * A registered key as {@code keys list} shows it: whose (a user's or an
 * organisation's), of which kind, its certificate's subject and end of
 * validity, and whether an image comes with it. Never the key material.
 *
 * @param username    the signer the key is for; null for an organisation's key
 * @param agencyCode  the organisation (issuing body) the key is for; null for a person's key
 * @param kind        {@code PKCS12} or {@code PKCS11}
 */
public record SigningKeyRecord(long id, String username, String agencyCode, String kind, String alias, String subject,
        OffsetDateTime notAfter, boolean hasImage, Float imageWidthMm, OffsetDateTime addedAt, String addedBy) {
}
