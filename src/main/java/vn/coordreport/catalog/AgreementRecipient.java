package vn.coordreport.catalog;

/**
 * Someone who receives an agreement's reports: named for the agreement itself,
 * or a {@code *} recipient of its province.
 *
 * @param role  may be null
 */
public record AgreementRecipient(String email, String name, String role) {
}
