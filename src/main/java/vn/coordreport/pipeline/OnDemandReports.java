package vn.coordreport.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.DocumentNumbers;
import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.RenderedReport;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * A report on demand, through the archive: the data fingerprint is computed
 * first; where the archive's latest version (same agreement, period, calendar,
 * kind and format) was rendered from the same data and template, its stored
 * bytes are written as they are (no rendering, no new number). Otherwise the
 * review is rendered (a final takes the next number), archived and written.
 * Each file appears whole or not at all (written aside, then moved into place).
 */
@Service
public class OnDemandReports {

    static final String CREATED_BY = "report command";

    private final ReviewQuery reviews;
    private final ReportRenderer renderer;
    private final DocumentNumbers numbers;
    private final ReportArchive archive;
    private final TemplateFingerprint template;
    private final Clock clock;
    private final PipelineMetrics metrics;

    OnDemandReports(ReviewQuery reviews, ReportRenderer renderer, DocumentNumbers numbers, ReportArchive archive,
            TemplateFingerprint template, Clock clock, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.reviews = reviews;
        this.renderer = renderer;
        this.numbers = numbers;
        this.archive = archive;
        this.template = template;
        this.clock = clock;
    }

    /** Produces the report and returns the files written, one per format. */
    public List<Path> produce(ReportRequest request) {
        List<Path> written = new ArrayList<>();
        Integer[] number = {null};
        for (Format format : request.formats()) {
            ArchivedReport stored = archived(request.agreementCode(), request.period(), request.calendar(), format,
                    request.finalReport(), CREATED_BY, number, Progress.NONE);
            written.add(writeWhole(request.outDir(), stored.fileName(), archive.content(stored.id())));
        }
        return written;
    }

    /**
     * The archived version of one report in one format: the stored one when its
     * data and template are unchanged, else a newly rendered and archived one.
     *
     * @param calendarOrNull null for the agreement's own calendar
     * @param createdBy      who asked, recorded on a new version
     */
    public ArchivedReport archived(String agreementCode, Period period, PeriodCalendar calendarOrNull, Format format,
            boolean finalReport, String createdBy) {
        return archived(agreementCode, period, calendarOrNull, format, finalReport, createdBy, new Integer[] {null},
                Progress.NONE);
    }

    /** As {@link #archived(String, Period, PeriodCalendar, Format, boolean, String)}, telling its steps. */
    ArchivedReport archived(String code, Period period, PeriodCalendar calendarOrNull, Format format,
            boolean finalReport, String createdBy, Integer[] number, Progress progress) {
        String periodText = period.toString();
        PeriodCalendar calendar = reviews.calendar(code, calendarOrNull);
        progress.at(10, "Đang kiểm tra số liệu");
        // before the review is read: data that changes in between makes the next request render again
        String fingerprint = template.of(reviews.fingerprint(code, period, calendar));
        ReportKind kind = finalReport ? ReportKind.FINAL : ReportKind.DRAFT;
        Optional<ArchivedReport> latest = archive.latest(code, periodText, calendar.id(), kind, format.name());
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            return latest.get();
        }
        progress.at(25, "Đang tổng hợp số liệu");
        LocalDate today = LocalDate.now(clock);
        Review review = reviews.review(code, period, calendar);
        if (finalReport && number[0] == null) {
            number[0] = numbers.next(review.agreement().lead().code(), today.getYear());
        }
        progress.at(50, "Đang dựng báo cáo");
        Integer numbered = number[0];
        RenderedReport report = metrics.rendering(kind.name(), format.name(),
                () -> renderer.render(review, new RenderOptions(format, finalReport, numbered, today)));
        progress.at(90, "Đang lưu vào kho báo cáo");
        // a concurrent request may have archived the same data first: the archive answers with that version
        return archive.store(new NewReport(code, periodText, calendar.id(), kind, format.name(), number[0],
                report.content(), report.pages(), fingerprint, createdBy, null));
    }

    /** Where a report being produced has got to. */
    interface Progress {

        Progress NONE = (percent, step) -> {
        };

        void at(int percent, String step);
    }

    private static Path writeWhole(Path folder, String name, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
            try {
                Files.write(partial, content);
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder + ": " + e.getMessage(), e);
        }
    }
}
