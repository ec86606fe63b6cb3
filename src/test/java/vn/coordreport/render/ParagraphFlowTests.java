package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.coordreport.render.PdfInspection.Line;
import vn.coordreport.review.Review;

/** A long paragraph at a page's foot flows onto the next page as a clerk's word processor would set it. */
class ParagraphFlowTests {

    private static final LocalDate GENERATED = LocalDate.of(2022, 1, 10);
    /** The body's foot: the page's height less the bottom margin (20 mm). */
    private static final float FOOT = 842 - 57;
    /** A body line: 13 pt Liberation Serif, single spacing. */
    private static final float LINE = 15;
    /** The body's left margin (30 mm); an indented first line starts 1 cm further in. */
    private static final float MARGIN = 85;
    private static final String OPENING = "Công tác phối hợp quản lý, bảo vệ đường biên giới trong năm được triển khai";
    private static final int CLAUSES = 20;
    private static final String LONG = OPENING + " toàn diện: " + String.join(", ", IntStream.rangeClosed(1, CLAUSES)
            .mapToObj(n -> "nội dung thứ " + n + (n % 3 == 0 ? " được các đồn biên phòng triển khai đồng bộ"
                    : n % 3 == 1 ? " được bảo đảm" : " được hai bên thống nhất thực hiện"))
            .toList()) + ".";

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void aLongParagraphAtAPagesFootFlowsOntoTheNextPageWithTwoLinesAtLeastOnEachSide() {
        int split = 0;
        int moved = 0;
        // an opening paragraph a few words longer each time moves the long paragraph down page 1 some two thirds of
        // a line at a time: from whole on page 1, across its foot, to page 2 with its headings
        for (int more = 100; more <= 280; more += 10) {
            Review review = withLongBorderResult(more);
            byte[] pdf = renderer.render(review, RenderOptions.finalReport(Format.PDF, 1, GENERATED)).content();
            // the body's lines: the page numbers stand above them, in the top margin
            List<Line> lines = PdfInspection.lines(pdf).stream().filter(l -> l.baseline() > 57).toList();
            String as = more + " more words before it";

            List<Line> paragraph = paragraph(lines);
            // every word once, in order
            assertThat(words(String.join(" ", paragraph.stream().map(Line::text).toList()))).as(as)
                    .isEqualTo(words("- " + LONG));
            assertThat(clauses(paragraph)).as(as).isEqualTo(IntStream.rangeClosed(1, CLAUSES).boxed().toList());
            assertThat(paragraph.get(0).x()).as(as + ": the first line indented").isGreaterThan(MARGIN + 20);

            Map<Integer, List<Line>> byPage = new TreeMap<>();
            paragraph.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
            List<Integer> pages = List.copyOf(byPage.keySet());
            int first = pages.get(0);
            if (pages.size() > 1) {
                split++;
                for (int page : pages) {
                    List<Line> on = byPage.get(page);
                    assertThat(on).as(as + ": the paragraph's lines on page " + page).hasSizeGreaterThanOrEqualTo(2);
                    if (page != first) {
                        assertThat(on.get(0).x()).as(as + ": its continuation at the margin on page " + page)
                                .isLessThan(MARGIN + 5);
                    }
                    if (page != pages.get(pages.size() - 1)) {
                        assertThat(on.get(on.size() - 1).baseline()).as(as + ": page " + page + " filled to its foot")
                                .isGreaterThan(FOOT - 2 * LINE - 3);
                    }
                }
            } else if (first > 1) {
                moved++;
                // moved whole: the room left could not take its headings and two of its lines
                Line before = lastBodyLine(lines, first - 1);
                assertThat(before.baseline()).as(as + ": the page before it, ending '%s'", before.text())
                        .isGreaterThan(FOOT - 2 * 20 - 6 - 2 * LINE - 6);
            }
            noPageEndsWithAHeading(review, lines, as);
        }
        assertThat(split).as("renders whose long paragraph runs over a page break").isGreaterThanOrEqualTo(10);
        assertThat(moved).as("renders whose long paragraph starts page 2, its headings with it").isPositive();
    }

    /** rich(), its border result a paragraph of eleven lines, its opening {@code more} words longer. */
    private static Review withLongBorderResult(int more) {
        Review rich = ReviewFixtures.rich();
        List<Review.Result> results = new ArrayList<>(rich.results());
        results.set(0, ReviewFixtures.result("BORDER", "Quản lý, bảo vệ đường biên giới, mốc quốc giới", LONG));
        Review review = ReviewFixtures.withResults(rich, results);
        return ReviewFixtures.withAssessments(review, Stream.concat(Stream.of(new Review.Assessment(
                Review.AssessmentKind.SITUATION, "Tình hình biên giới ổn định" + " tiếp tục giữ vững".repeat(more / 3)
                        + " an ninh".repeat(more % 3) + ".")), review.assessments().stream()).toList());
    }

    /** The long paragraph's lines, from its first to the one that ends it. */
    private static List<Line> paragraph(List<Line> lines) {
        int start = IntStream.range(0, lines.size()).filter(i -> lines.get(i).text().contains("Công tác phối hợp quản lý,"))
                .findFirst().orElseThrow();
        int end = IntStream.range(start, lines.size()).filter(i -> lines.get(i).text().contains("thứ " + CLAUSES + " "))
                .findFirst().orElseThrow();
        return lines.subList(start, end + 1);
    }

    private static List<Integer> clauses(List<Line> paragraph) {
        Matcher m = Pattern.compile("thứ (\\d+)").matcher(String.join(" ", paragraph.stream().map(Line::text).toList()));
        List<Integer> found = new ArrayList<>();
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static Line lastBodyLine(List<Line> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).reduce((a, b) -> b).orElseThrow();
    }

    private void noPageEndsWithAHeading(Review review, List<Line> lines, String as) {
        List<String> headings = ReportBody.document(review, RenderOptions.draft(Format.PDF, GENERATED)).body().stream()
                .filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
        int pages = lines.get(lines.size() - 1).page();
        for (int page = 1; page < pages; page++) {
            String last = lastBodyLine(lines, page).text().strip();
            assertThat(headings).as(as + ": the last line of page %d, '%s'", page, last).noneMatch(h -> h.endsWith(last));
        }
    }
}
