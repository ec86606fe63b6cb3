package vn.coordreport.pipeline;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.render.Format;

/**
 * The processor of both jobs: compares the report's fingerprint with the
 * stored version's and renders only when they differ. An unchanged report is
 * filtered (counted as skipped) after one fingerprint query and one archive
 * look-up; a final takes its document number only once it is known to be new.
 */
class ReportProducer implements ItemProcessor<ReportItem, NewReport> {

    /** The jobs' reports are PDF (PDF/A-2b for finals). */
    static final Format FORMAT = Format.PDF;

    private final ReportKind kind;
    private final String createdBy;
    private final ReportMaker maker;

    ReportProducer(ReportKind kind, String createdBy, ReportMaker maker) {
        this.kind = kind;
        this.createdBy = createdBy;
        this.maker = maker;
    }

    /** The new version to archive, or null (filtered, counted as skipped) when its data and template are unchanged. */
    @Override
    public NewReport process(ReportItem item) {
        return maker.make(item.agreementCode(), item.period(), item.calendar(), kind, FORMAT, createdBy,
                currentJobExecutionId(), new Integer[] {null}, ReportMaker.Progress.NONE).rendered();
    }

    private static Long currentJobExecutionId() {
        var context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution().getJobExecutionId();
    }
}
