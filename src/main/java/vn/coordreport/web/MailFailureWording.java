package vn.coordreport.web;

import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.MailFailure;
import vn.coordreport.messages.Messages;

/**
 * Why a mail did not go, in the office's words ({@code delivery.failure.*}), shown before the mail server's own
 * text, which stays folded for the administrator.
 */
final class MailFailureWording {

    /** The explanation of a row's failure, or null when it was sent or nothing went wrong. */
    public String explain(DeliveryRecord delivery) {
        MailFailure failure = delivery.failure();
        if (failure == null) {
            return null;
        }
        String code = MailFailure.replyCode(delivery.lastError());
        return Messages.text("delivery.failure." + failure.name(), code == null ? "" : code);
    }
}
