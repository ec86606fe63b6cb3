package vn.coordreport.issuing;

import java.util.List;

import vn.coordreport.delivery.DeliveryRun;

/**
 * What an issue did: each final issued (or refused), then the mails sent
 * before it returned.
 *
 * @param deliveriesOrNull    the mails sent, put back or failed; null when none were tried
 * @param deliveryProblem     why no mail went out (no SMTP server, or the sending failed), in the reader's
 *                            language; null when they were tried
 */
public record IssueRun(List<StepOutcome> outcomes, int mailsQueued, DeliveryRun deliveriesOrNull,
        String deliveryProblem) {

    public long issued() {
        return outcomes.stream().filter(StepOutcome::done).count();
    }

    public long refused() {
        return outcomes.size() - issued();
    }
}
