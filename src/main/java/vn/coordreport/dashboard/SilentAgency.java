package vn.coordreport.dashboard;

/** A party agency of an agreement that sent no record dated in the period. */
public record SilentAgency(String agreementCode, String agencyCode, String agencyName) {
}
