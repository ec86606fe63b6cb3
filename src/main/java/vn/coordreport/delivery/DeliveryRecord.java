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

    /** What went wrong with a mail not (yet) sent, read from {@code lastError}; null when sent or nothing went wrong. */
    public MailFailure failure() {
        return status.equals("SENT") ? null : MailFailure.of(lastError);
    }

    /** The period in words ({@code năm 2021}), or as stored when it is not a period's code. */
    public String periodWords() {
        try {
            return vn.coordreport.period.Period.parse(period).vietnameseName();
        } catch (IllegalArgumentException e) {
            return period;
        }
    }
}
