package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Writes the fixtures' reports to target/render-preview/ for a human to look at (pdftoppm, Word). */
class RenderPreviewTests {

    private static final Path PREVIEW = Path.of("target", "render-preview");
    private static final LocalDate TODAY = LocalDate.of(2022, 1, 10);

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void writesPreviews() throws IOException {
        Files.createDirectories(PREVIEW);
        write("rich", ReviewFixtures.rich());
        write("compared", ReviewFixtures.compared());
        write("partly-compared", ReviewFixtures.partlyCompared());
        write("term", ReviewFixtures.termReviewWithManyIndicators());
        write("party", ReviewFixtures.party());
        write("empty-draft", renderer.render(ReviewFixtures.empty(), RenderOptions.draft(Format.PDF, TODAY)));
    }

    private void write(String name, vn.coordreport.review.Review review) throws IOException {
        write(name + "-draft", renderer.render(review, RenderOptions.draft(Format.PDF, TODAY)));
        write(name + "-final", renderer.render(review, RenderOptions.finalReport(Format.PDF, 5, TODAY)));
        write(name + "-draft", renderer.render(review, RenderOptions.draft(Format.DOCX, TODAY)));
        write(name + "-final", renderer.render(review, RenderOptions.finalReport(Format.DOCX, 5, TODAY)));
    }

    private static void write(String name, RenderedReport report) throws IOException {
        Path file = PREVIEW.resolve(name + "." + report.extension());
        Files.write(file, report.content());
        assertThat(file).isNotEmptyFile();
    }
}
