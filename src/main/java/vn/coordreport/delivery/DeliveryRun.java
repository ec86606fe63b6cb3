package vn.coordreport.delivery;

/**
 * What one {@link ReportDelivery#deliverDue()} did.
 *
 * @param sent        mails the SMTP server accepted
 * @param retryLater  transient failures, due again after a back-off
 * @param failed      rows now FAILED (permanent failure, or attempts exhausted) or UNCERTAIN (see README)
 * @param uncertain   of those, the UNCERTAIN ones: cut off while sending, the server may have them; not resent
 *                    unless someone checked (deliveries retry --uncertain-checked)
 */
public record DeliveryRun(int sent, int retryLater, int failed, int uncertain) {

    /** Counts of a run; {@code uncertain} of {@code failed}: UNCERTAIN rows, which the server may have had. */
    static DeliveryRun of(int[] sentRetryFailedUncertain) {
        int[] c = sentRetryFailedUncertain;
        return new DeliveryRun(c[0], c[1], c[2] + c[3], c[3]);
    }
}
