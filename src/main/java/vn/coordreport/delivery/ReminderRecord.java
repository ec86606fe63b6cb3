package vn.coordreport.delivery;

import java.time.OffsetDateTime;

/** A row of the reminder ledger, as the submissions page shows it. */
public record ReminderRecord(String agreementCode, String agencyCode, String period, String kind, String email,
        String status, int attempts, OffsetDateTime sentAt, String lastError) {
}
