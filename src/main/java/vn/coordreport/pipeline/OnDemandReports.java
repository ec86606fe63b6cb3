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

import org.springframework.stereotype.Service;

import vn.coordreport.archive.DocumentNumbers;
import vn.coordreport.render.Format;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.RenderedReport;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * A report on demand: the review computed from the database, rendered in each
 * format asked for, and written to the output folder. Each file appears whole
 * or not at all (written aside, then moved into place).
 */
@Service
public class OnDemandReports {

    private final ReviewQuery reviews;
    private final ReportRenderer renderer;
    private final DocumentNumbers numbers;
    private final Clock clock;

    OnDemandReports(ReviewQuery reviews, ReportRenderer renderer, DocumentNumbers numbers, Clock clock) {
        this.reviews = reviews;
        this.renderer = renderer;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Produces the report and returns the files written, one per format. */
    public List<Path> produce(ReportRequest request) {
        Review review = reviews.review(request.agreementCode(), request.period(), request.calendar());
        LocalDate today = LocalDate.now(clock);
        Integer number = request.finalReport() ? numbers.next(review.agreement().lead().code(), today.getYear()) : null;
        List<Path> written = new ArrayList<>();
        for (Format format : request.formats()) {
            RenderedReport report = renderer.render(review, new RenderOptions(format, request.finalReport(), number, today));
            String name = ReportFileNames.of(request.agreementCode(), request.period(), request.finalReport(), report.extension());
            written.add(writeWhole(request.outDir(), name, report.content()));
        }
        return written;
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
