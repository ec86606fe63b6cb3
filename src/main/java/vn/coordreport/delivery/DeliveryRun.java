package vn.coordreport.delivery;

/**
 * What one {@link ReportDelivery#deliverDue()} did.
 *
 * @param sent        mails the SMTP server accepted
 * @param retryLater  transient failures, due again after a back-off
 * @param failed      rows now FAILED (permanent failure, or attempts exhausted) or UNCERTAIN (see README)
 */
public record DeliveryRun(int sent, int retryLater, int failed) {
}
