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

    private final ReportRenderer renderer = Renderers.create();

    @Test
    void writesPreviews() throws IOException {
        Files.createDirectories(PREVIEW);
        write("rich-draft", renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.PDF, TODAY)));
        write("rich-final", renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.PDF, 5, TODAY)));
        write("rich-draft", renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.DOCX, TODAY)));
        write("term-final", renderer.render(ReviewFixtures.termReviewWithManyIndicators(),
                RenderOptions.finalReport(Format.PDF, 1, TODAY)));
        write("empty-draft", renderer.render(ReviewFixtures.empty(), RenderOptions.draft(Format.PDF, TODAY)));
    }

    private static void write(String name, RenderedReport report) throws IOException {
        Path file = PREVIEW.resolve(name + "." + report.extension());
        Files.write(file, report.content());
        assertThat(file).isNotEmptyFile();
    }
}
