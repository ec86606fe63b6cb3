package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.review.Review;

/**
 * Nothing the PDF prints passes Decree 30's margins: 15 mm on the right, 20 mm at the top and the bottom, 30 mm on
 * the left; but the page number, which Decree 30 centres in the top margin, and a draft's {@code DỰ THẢO} mark above
 * the header, which a final does not carry. Every glyph is measured as pdftotext measures a word: from its left to the
 * end of its advance, from the font's ascent to its descent.
 */
class PageMarginsTests {

    private static final LocalDate GENERATED = LocalDate.of(2022, 1, 10);
    private static final float MM = 72 / 25.4f;
    /**
     * 30 mm are 85.04 pt; JasperReports lays a page out in whole points (A4 as 595 × 842), and the template's left
     * margin is 86 pt, 30.34 mm (85 pt, 29.99 mm, fell short of the decree by a hundredth of a millimetre).
     */
    private static final float LEFT = 30 * MM;
    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void printsNothingInTheMargins() {
        for (Review review : List.of(ReviewFixtures.rich(), ReviewFixtures.compared(), ReviewFixtures.partlyCompared(),
                ReviewFixtures.party(), ReviewFixtures.termReviewWithManyIndicators(),
                ReviewFixtures.termReviewWithALargeFigure(), ReviewFixtures.empty())) {
            for (RenderOptions options : List.of(RenderOptions.finalReport(Format.PDF, 7, GENERATED),
                    RenderOptions.draft(Format.PDF, GENERATED))) {
                byte[] pdf = renderer.render(review, options).content();
                String which = review.agreement().lead().code() + " " + review.period()
                        + (options.finalReport() ? " final" : " draft");

                List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(pdf).stream()
                        .filter(g -> !pageNumber(g) && !(draftMark(g) && !options.finalReport())).toList();

                assertThat(glyphs).as("%s: glyphs", which).isNotEmpty();
                assertThat(glyphs).as("%s: glyphs within 15 mm of the right edge", which)
                        .filteredOn(g -> g.right() > g.pageWidth() - 15 * MM).isEmpty();
                assertThat(glyphs).as("%s: glyphs left of the 30 mm margin", which)
                        .filteredOn(g -> g.left() < LEFT).isEmpty();
                assertThat(glyphs).as("%s: glyphs within 20 mm of the top", which)
                        .filteredOn(g -> g.top() < 20 * MM).isEmpty();
                assertThat(glyphs).as("%s: glyphs within 20 mm of the bottom", which)
                        .filteredOn(g -> g.bottom() > g.pageHeight() - 20 * MM).isEmpty();
            }
        }
    }

    /** The page number, from page 2, in the top margin. */
    private static boolean pageNumber(PdfInspection.Glyph g) {
        return g.page() > 1 && g.text().matches("\\d") && g.top() < 20 * MM;
    }

    /** A letter of {@code DỰ THẢO}, top right of page 1, above the header. */
    private static boolean draftMark(PdfInspection.Glyph g) {
        return g.page() == 1 && "DỰTHẢO".contains(g.text()) && g.top() < 20 * MM;
    }
}
