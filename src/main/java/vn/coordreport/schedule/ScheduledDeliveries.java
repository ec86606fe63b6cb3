package vn.coordreport.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.coordreport.delivery.DeliveryRun;
import vn.coordreport.delivery.ReportDelivery;

/**
 * Sends the mails that are due, so that a delivery waiting after a transient
 * SMTP failure goes out when its back-off has passed, not only at the next
 * period close. The ledger's claims keep it to one send per mail across the
 * cluster; with no SMTP server configured it does nothing.
 */
@DisallowConcurrentExecution
class ScheduledDeliveries extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDeliveries.class);

    private final ReportDelivery delivery;

    ScheduledDeliveries(ReportDelivery delivery) {
        this.delivery = delivery;
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
                log.info("deliveries: {} sent, {} to retry later, {} failed or uncertain", run.sent(), run.retryLater(),
                        run.failed());
            }
        } catch (RuntimeException e) {
            log.error("deliveries could not run: {}", e.getMessage(), e);
        }
    }
}
