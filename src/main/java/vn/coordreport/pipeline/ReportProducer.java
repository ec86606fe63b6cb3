package vn.coordreport.pipeline;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.coordreport.archive.DocumentNumbers;
import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.RenderedReport;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * The processor of both jobs: compares the report's fingerprint with the
 * stored version's and renders only when they differ. An unchanged report is
 * filtered (counted as skipped) after one fingerprint query and one archive
 * look-up; a final takes its document number only once it is known to be new.
 */
class ReportProducer implements ItemProcessor<ReportItem, NewReport> {

    static final String FORMAT = "PDF";

    private final ReportKind kind;
    private final String createdBy;
    private final ReviewQuery reviews;
    private final TemplateFingerprint template;
    private final ReportArchive archive;
    private final ReportRenderer renderer;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final PipelineMetrics metrics;

    ReportProducer(ReportKind kind, String createdBy, ReviewQuery reviews, TemplateFingerprint template,
            ReportArchive archive, ReportRenderer renderer, DocumentNumbers numbers, Clock clock, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.kind = kind;
        this.createdBy = createdBy;
        this.reviews = reviews;
        this.template = template;
        this.archive = archive;
        this.renderer = renderer;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public NewReport process(ReportItem item) {
        String code = item.agreementCode();
        PeriodCalendar calendar = reviews.calendar(code, item.calendar());
        String fingerprint = template.of(reviews.fingerprint(code, item.period(), calendar));
        boolean unchanged = archive.latest(code, item.period().toString(), calendar.id(), kind, FORMAT)
                .filter(stored -> stored.fingerprint().equals(fingerprint))
                .isPresent();
        if (unchanged) {
            return null;
        }
        Review review = reviews.review(code, item.period(), calendar);
        LocalDate today = LocalDate.now(clock);
        Integer number = kind == ReportKind.FINAL ? numbers.next(review.agreement().lead().code(), today.getYear()) : null;
        RenderOptions options = number == null ? RenderOptions.draft(Format.PDF, today)
                : RenderOptions.finalReport(Format.PDF, number, today);
        RenderedReport rendered = metrics.rendering(kind.name(), FORMAT, () -> renderer.render(review, options));
        return new NewReport(code, item.period().toString(), calendar.id(), kind, FORMAT, number, rendered.content(),
                rendered.pages(), fingerprint, createdBy, currentJobExecutionId());
    }

    private static Long currentJobExecutionId() {
        var context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution().getJobExecutionId();
    }
}
