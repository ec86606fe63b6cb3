package vn.coordreport.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.messages.DateFormats;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.RenderedReport;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * The one way a report is made, for the jobs and on demand alike: its calendar
 * resolved, its review and template fingerprinted and compared with the
 * archive's latest version, and only when they changed, rendered. A final is
 * rendered without number and date: the văn thư gives them when it is issued
 * (module issuing). Storing the new version is the caller's: a job stores it
 * in its chunk's transaction, a request at once.
 */
@Component
class ReportMaker {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportMaker.class);

    /** Where a report being made has got to. */
    interface Progress {

        Progress NONE = (percent, step) -> {
        };

        void at(int percent, String step);
    }

    /**
     * The outcome: the archive's version when nothing changed, else the new
     * version to store and whether its review has nothing of the period to say.
     */
    record Made(ArchivedReport unchanged, NewReport rendered, boolean emptyForPeriod) {
    }

    private final ReviewQuery reviews;
    private final TemplateFingerprint template;
    private final ReportArchive archive;
    private final ReportRenderer renderer;
    private final Clock clock;
    private final PipelineMetrics metrics;

    private final org.springframework.beans.factory.ObjectProvider<SentBackFinals> sentBack;

    ReportMaker(ReviewQuery reviews, TemplateFingerprint template, ReportArchive archive, ReportRenderer renderer,
            Clock clock, PipelineMetrics metrics, org.springframework.beans.factory.ObjectProvider<SentBackFinals> sentBack) {
        this.sentBack = sentBack;
        this.reviews = reviews;
        this.template = template;
        this.archive = archive;
        this.renderer = renderer;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * @param calendarOrNull  null for the agreement's own calendar, else the deployment's
     * @param jobExecutionId  the job that made it, or null on demand
     */
    Made make(String code, Period period, PeriodCalendar calendarOrNull, ReportKind kind, Format format,
            String createdBy, Long jobExecutionId, Progress progress) {
        PeriodCalendar calendar = reviews.calendar(code, calendarOrNull);
        progress.at(10, "Đang kiểm tra số liệu");
        ReviewQuery.Fingerprinted data = reviews.fingerprinted(code, period, calendar);
        String made = template.of(data.fingerprint(), kind);
        Optional<ArchivedReport> latest = archive.latest(code, period.toString(), calendar.id(), kind, format.name());
        // the Word file of an issued final is the issued text: its number and date filled in, as in the issued PDF
        // (the PDF's latest version after issue is the issued document itself)
        boolean word = kind == ReportKind.FINAL && format == Format.DOCX;
        Optional<ArchivedReport> issued = word
                ? archive.lastIssued(code, period.toString(), calendar.id())
                        .filter(i -> TemplateFingerprint.sameMaking(i.fingerprint(), made))
                : Optional.empty();
        Integer number = issued.map(ArchivedReport::documentNumber).orElse(null);
        boolean unchanged = latest.isPresent() && TemplateFingerprint.sameMaking(latest.get().fingerprint(), made)
                && (!word || Objects.equals(latest.get().documentNumber(), number));
        // unchanged, but sent back and asked for again by a person: made again (changed data makes it anyway)
        boolean again = unchanged && jobExecutionId == null && remadeOnDemand(latest.get());
        if (unchanged && !again) {
            return new Made(latest.get(), null, false);
        }
        String fingerprint = again ? TemplateFingerprint.madeAgain(made, latest.get().id())
                : number != null ? TemplateFingerprint.issuedWord(made, issued.get().id()) : made;
        progress.at(25, "Đang tổng hợp số liệu");
        LocalDate today = LocalDate.now(clock);
        // a remembered fingerprint comes without its review: data changed since makes the next run render again
        Review review = data.review() != null ? data.review() : reviews.review(code, period, calendar);
        RenderOptions options = (number != null
                ? RenderOptions.issued(format, number, issuedOn(issued.get()))
                : kind == ReportKind.FINAL ? RenderOptions.finalToIssue(format, today) : RenderOptions.draft(format, today))
                .replacing(kind == ReportKind.FINAL ? replaced(code, period, calendar, issued).orElse(null) : null);
        progress.at(50, "Đang dựng báo cáo");
        RenderedReport report = metrics.rendering(kind.name(), format.name(), () -> renderer.render(review, options));
        if (report.missingSigner() != null) {
            log.warn(Messages.text("log.report.noSigner", code, period.vietnameseName(), report.missingSigner()));
        }
        progress.at(90, "Đang lưu vào kho báo cáo");
        return new Made(null, new NewReport(code, period.toString(), calendar.id(), kind, format.name(), number,
                report.content(), report.pages(), fingerprint, createdBy, jobExecutionId, report.missingSigner(),
                issued.map(ArchivedReport::numberSymbol).orElse(null), issued.map(this::issuedOn).orElse(null)),
                review.emptyForPeriod());
    }

    /**
     * The document a final replaces, as the register names it ({@code số 01/BC-SNgV ngày 06/12/2026}): for a final
     * made after its period was reopened, the one issued last; for an issued document's Word text, the one issued
     * before it.
     */
    private Optional<String> replaced(String code, Period period, PeriodCalendar calendar, Optional<ArchivedReport> issued) {
        Optional<ArchivedReport> before = issued.isPresent()
                ? Optional.ofNullable(issued.get().supersedesId()).flatMap(archive::find)
                : archive.lastIssued(code, period.toString(), calendar.id());
        return before.filter(b -> b.numberAndSymbol() != null)
                .map(b -> "số " + b.numberAndSymbol() + " ngày " + DateFormats.DAY.format(issuedOn(b)));
    }

    /** A final asked for on demand whose newest version was sent back: made anew, for review again. */
    private boolean remadeOnDemand(ArchivedReport latest) {
        SentBackFinals finals = sentBack.getIfAvailable();
        return latest.kind() == ReportKind.FINAL && latest.format().equals(Format.PDF.name()) && finals != null
                && finals.sentBack(latest.id());
    }

    /** The day it was issued; for a document issued before the archive kept it, the day it was archived. */
    private LocalDate issuedOn(ArchivedReport issued) {
        return issued.issuedOn() != null ? issued.issuedOn()
                : issued.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
