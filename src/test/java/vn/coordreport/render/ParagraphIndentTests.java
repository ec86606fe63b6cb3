package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.coordreport.review.Review;

class ParagraphIndentTests {

    private static final String MARK = "Kết quả thử nghiệm số ";
    /** The body's left margin (30 mm) plus most of the first-line indent (1 cm). */
    private static final float INDENTED_X = 85 + 20;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void aParagraphMovedWholeToTheNextPageKeepsItsFirstLineIndent() throws IOException {
        // given reports whose page breaks fall on different paragraphs, so that
        // some paragraph too long for the foot of a page moves to the next one
        for (int extra = 1; extra <= 12; extra++) {
            Review review = withExtraNextTasks(ReviewFixtures.rich(), extra);

            // when
            RenderedReport report = renderer.render(review, RenderOptions.finalReport(Format.PDF, 1, LocalDate.of(2022, 1, 18)));

            // then every one of them starts indented
            List<LineStart> starts = lineStarts(report.content()).stream()
                    .filter(s -> s.text().startsWith("- " + MARK)).toList();
            assertThat(starts).hasSize(extra);
            assertThat(starts).allSatisfy(s -> assertThat(s.x()).as("x of '%s'", s.text()).isGreaterThan(INDENTED_X));
        }
    }

    @Test
    void aParagraphMovedWholeToTheNextPageKeepsEveryLine() throws IOException {
        // three lengths of the tasks' text, one of which fills a moved paragraph's first line to its end
        for (String more : List.of("", " trên địa bàn".repeat(3), " trên địa bàn".repeat(6))) {
            for (int extra = 1; extra <= 12; extra++) {
                Review review = withExtraNextTasks(ReviewFixtures.rich(), extra, more);

                RenderedReport report = renderer.render(review,
                        RenderOptions.finalReport(Format.PDF, 1, LocalDate.of(2022, 1, 18)));

                // every paragraph whole, to its last words, wherever the page breaks fell: measured as the
                // continuation of a cut paragraph (no indent) and printed indented, one lost its last line
                String text = String.join(" ", lineStarts(report.content()).stream().map(LineStart::text).toList())
                        .replaceAll("\\s+", " ");
                for (int n = 1; n <= extra; n++) {
                    assertThat(text).as("task %d of %d, '%s'", n, extra, more).containsPattern(MARK + n
                            + ": các huyện biên giới thành lập Ban Chỉ đạo .{0,300} mốc quốc giới \\(chủ trì: Bộ Chỉ huy"
                            + " Bộ đội Biên phòng tỉnh; thời hạn: 31/10/2022\\)\\.");
                }
            }
        }
    }

    /** Key tasks for the next period: their notes (lead agency, due date) are styled text, as in the samples. */
    static Review withExtraNextTasks(Review r, int extra) {
        return withExtraNextTasks(r, extra, "");
    }

    static Review withExtraNextTasks(Review r, int extra, String more) {
        List<Review.Task> next = new ArrayList<>(r.nextTasks());
        IntStream.rangeClosed(1, extra).forEach(n -> next.add(new Review.Task(r.period().toString(),
                MARK + n + ": các huyện biên giới thành lập Ban Chỉ đạo về thực hiện 3 văn kiện pháp lý biên giới "
                        + "đất liền" + more + ", phối hợp chặt chẽ trong công tác quản lý, bảo vệ đường biên giới và mốc quốc giới.",
                null, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", LocalDate.of(2022, 10, 31), Review.TaskStatus.PLANNED, null,
                null)));
        return new Review(r.agreement(), r.period(), r.calendar(), r.range(), r.previous(), r.previousRange(),
                r.results(), r.indicators(), r.limitations(), r.tasks(), next, r.commendations(), r.conference(),
                r.recipients(), r.fieldOrder(), r.assessments(), r.termYears());
    }

    private record LineStart(float x, String text) {
    }

    /** The first glyph's x and the whole text of every line, in reading order. */
    private static List<LineStart> lineStarts(byte[] pdf) {
        return PdfInspection.lines(pdf).stream().map(l -> new LineStart(l.x(), l.text())).toList();
    }
}
