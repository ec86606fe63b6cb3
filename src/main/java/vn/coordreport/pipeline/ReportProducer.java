package vn.coordreport.pipeline;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.coordreport.archive.ReportKind;
import vn.coordreport.render.Format;

/**
 * The processor of both jobs: compares the report's fingerprint with the
 * stored version's and renders only when they differ. An unchanged report is
 * filtered (counted as skipped) after one fingerprint query and one archive
 * look-up.
 */
class ReportProducer implements ItemProcessor<ReportItem, ReportMaker.Made> {

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
    public ReportMaker.Made process(ReportItem item) {
        ReportMaker.Made made = maker.make(item.agreementCode(), item.period(), item.calendar(), kind, FORMAT,
                createdBy, currentJobExecutionId(), ReportMaker.Progress.NONE);
        return made.rendered() == null ? null : made;
    }

    private static Long currentJobExecutionId() {
        var context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution().getJobExecutionId();
    }
}
