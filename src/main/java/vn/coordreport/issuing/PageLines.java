package vn.coordreport.issuing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text of one page as PDFBox reads them, each glyph with its
 * place: what the signing step looks at to find where the number, the date
 * and the signature go, whatever the template's layout.
 */
final class PageLines {

    /** A line: its glyphs in reading order. Coordinates are PDF user space (origin bottom left). */
    record Line(List<Glyph> glyphs) {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.width();
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        float top() {
            return (float) glyphs.stream().mapToDouble(g -> g.baseline() + g.fontSize() * 0.75).max().orElse(0);
        }

        float bottom() {
            return (float) glyphs.stream().mapToDouble(g -> g.baseline() - g.fontSize() * 0.25).min().orElse(0);
        }

        float fontSize() {
            return glyphs.get(0).fontSize();
        }
    }

    /** One glyph: its text (NFC), left edge, width, baseline and size in points. */
    record Glyph(String text, float x, float width, float baseline, float fontSize, String font) {

        boolean blank() {
            return text.isBlank();
        }
    }

    private PageLines() {
    }

    /** The lines of a page (0-based), top to bottom. */
    static List<Line> of(PDDocument document, int pageIndex) throws IOException {
        float height = document.getPage(pageIndex).getMediaBox().getHeight();
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<Glyph> glyphs = new ArrayList<>();
                for (TextPosition p : positions) {
                    glyphs.add(new Glyph(Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC), p.getXDirAdj(),
                            p.getWidthDirAdj(), height - p.getYDirAdj(), p.getFontSizeInPt(),
                            p.getFont() == null ? "" : p.getFont().getName()));
                }
                if (!glyphs.isEmpty()) {
                    lines.add(new Line(glyphs));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(document);
        return lines;
    }
}
