package vn.coordreport.delivery;

/**
 * A reminder to an agency to send a period's data for an agreement: {@link Kind#BEFORE} the deadline, or
 * {@link Kind#AFTER} it was missed. Each is sent once per agreement, agency, period and kind.
 */
public record Reminder(String agreementCode, String agencyCode, String period, Kind kind, String email, String name,
        String subject, String body) {

    public enum Kind { BEFORE, AFTER }
}
