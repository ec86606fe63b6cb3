package vn.coordreport.issuing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.pipeline.FinalArchived;

/**
 * A final the pipeline archives waits for review from that moment: recorded
 * in the transaction that stores it, so that a rolled-back chunk leaves no
 * final waiting and a stored one is never missed.
 */
@Component
class FinalsWaitForReview {

    private final FinalDocuments finals;
    private final ReportArchive archive;

    FinalsWaitForReview(FinalDocuments finals, ReportArchive archive) {
        this.finals = finals;
        this.archive = archive;
    }

    @EventListener
    void on(FinalArchived event) {
        String madeBy = archive.find(event.versionId()).map(v -> v.createdBy()).orElse(null);
        finals.made(event.versionId(), event.emptyForPeriod(), madeBy);
    }
}
