package vn.coordreport.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.coordreport.delivery.DeliveryRun;
import vn.coordreport.delivery.ReminderDelivery;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.messages.Messages;
import vn.coordreport.submission.SubmissionReminders;

/**
 * Sends the mails that are due, so that a delivery waiting after a transient
 * SMTP failure goes out when its back-off has passed, not only at the next
 * period close. The ledger's claims keep it to one send per mail across the
 * cluster; with no SMTP server configured it does nothing. It also queues
 * and sends the reminders to send a period's data ({@link SubmissionReminders}).
 */
@DisallowConcurrentExecution
class ScheduledDeliveries extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDeliveries.class);

    private final ReportDelivery delivery;
    private final SubmissionReminders reminders;
    private final ReminderDelivery reminderDelivery;

    ScheduledDeliveries(ReportDelivery delivery, SubmissionReminders reminders, ReminderDelivery reminderDelivery) {
        this.delivery = delivery;
        this.reminders = reminders;
        this.reminderDelivery = reminderDelivery;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        if (!delivery.mailConfigured()) {
            log.debug("no SMTP server configured (spring.mail.host): no deliveries sent");
            return;
        }
        try {
            DeliveryRun run = delivery.deliverDue();
            if (run.sent() + run.retryLater() + run.failed() > 0) {
                log.info(Messages.text("log.deliveries.ran", run.sent(), run.retryLater(), run.failed()));
            }
        } catch (RuntimeException e) {
            log.error(Messages.text("log.deliveries.failed", e.getMessage()), e);
        }
        remind();
    }

    /** The reminders to send a period's data that are due today, queued once each, then sent. */
    private void remind() {
        try {
            int queued = reminders.queueDue();
            DeliveryRun run = reminderDelivery.deliverDue();
            if (queued + run.sent() + run.retryLater() + run.failed() > 0) {
                log.info(Messages.text("log.reminders.ran", queued, run.sent(), run.retryLater(), run.failed()));
            }
        } catch (RuntimeException e) {
            log.error(Messages.text("log.reminders.failed", e.getMessage()), e);
        }
    }
}
