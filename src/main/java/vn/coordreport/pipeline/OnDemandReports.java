package vn.coordreport.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
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
        String code = request.agreementCode();
        String period = request.period().toString();
        PeriodCalendar calendar = reviews.calendar(code, request.calendar());
        // before the review is read: data that changes in between makes the next request render again
        String fingerprint = template.of(reviews.fingerprint(code, request.period(), calendar));
        ReportKind kind = request.finalReport() ? ReportKind.FINAL : ReportKind.DRAFT;
        Review review = null;
        Integer number = null;
        List<Path> written = new ArrayList<>();
        for (Format format : request.formats()) {
            Optional<ArchivedReport> latest = archive.latest(code, period, calendar.id(), kind, format.name());
            if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
                written.add(writeWhole(request.outDir(), latest.get().fileName(), archive.content(latest.get().id())));
                continue;
            }
            LocalDate today = LocalDate.now(clock);
            if (review == null) {
                review = reviews.review(code, request.period(), calendar);
            }
            if (request.finalReport() && number == null) {
                number = numbers.next(review.agreement().lead().code(), today.getYear());
            }
            Review reviewed = review;
            Integer numbered = number;
            RenderedReport report = metrics.rendering(kind.name(), format.name(),
                    () -> renderer.render(reviewed, new RenderOptions(format, request.finalReport(), numbered, today)));
            ArchivedReport stored = archive.store(new NewReport(code, period, calendar.id(), kind, format.name(), number,
                    report.content(), report.pages(), fingerprint, CREATED_BY, null));
            // a concurrent request may have archived the same data first: write what the archive holds
            byte[] content = stored.sha256().equals(sha256(report.content())) ? report.content()
                    : archive.content(stored.id());
            written.add(writeWhole(request.outDir(), stored.fileName(), content));
        }
        return written;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
