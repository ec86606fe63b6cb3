package vn.coordreport.delivery;

import java.time.OffsetDateTime;

/**
 * One ledger row as the {@code deliveries} command lists it.
 *
 * @param status  PENDING, SENDING, SENT, FAILED or UNCERTAIN
 */
public record DeliveryRecord(long versionId, String agreementCode, String period, int version, String email,
        String name, String status, int attempts, String lastError, OffsetDateTime sentAt,
        OffsetDateTime nextAttemptAt) {
}
