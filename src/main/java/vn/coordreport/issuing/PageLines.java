package vn.coordreport.issuing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

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

    /**
     * The lines of a page (0-based) in the order the page draws them: glyphs on one baseline with no gap wider
     * than an em between them. A lean content-stream engine reads only the text operators and takes each glyph's
     * place from its text rendering matrix: PDFBox's text stripper, with its line and word building, costs more
     * than all the rest of signing.
     */
    static List<Line> of(PDDocument document, int pageIndex) throws IOException {
        Reader reader = new Reader();
        reader.processPage(document.getPage(pageIndex));
        return reader.lines();
    }

    /** Glyphs as they are shown, grouped into lines. */
    private static final class Reader extends PDFStreamEngine {

        private final List<Line> lines = new ArrayList<>();
        private final List<Glyph> current = new ArrayList<>();

        Reader() {
            addOperator(new BeginText(this));
            addOperator(new EndText(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new SetMatrix(this));
            addOperator(new DrawObject(this));
            addOperator(new NextLine(this));
            addOperator(new MoveText(this));
            addOperator(new MoveTextSetLeading(this));
            addOperator(new SetFontAndSize(this));
            addOperator(new SetCharSpacing(this));
            addOperator(new SetWordSpacing(this));
            addOperator(new SetTextLeading(this));
            addOperator(new SetTextRise(this));
            addOperator(new SetTextRenderingMode(this));
            addOperator(new SetTextHorizontalScaling(this));
            addOperator(new ShowText(this));
            addOperator(new ShowTextAdjusted(this));
            addOperator(new ShowTextLine(this));
            addOperator(new ShowTextLineAndSpace(this));
        }

        @Override
        protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
            String unicode = font.toUnicode(code);
            float size = rendering.getScalingFactorY();
            Glyph glyph = new Glyph(unicode == null ? "\uFFFD" : Normalizer.normalize(unicode, Normalizer.Form.NFC),
                    rendering.getTranslateX(), displacement.getX() * rendering.getScalingFactorX(),
                    rendering.getTranslateY(), size, font.getName());
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                float gap = glyph.x() - (last.x() + last.width());
                if (Math.abs(glyph.baseline() - last.baseline()) > 0.5f || gap > last.fontSize() || gap < -0.5f) {
                    flush();
                }
            }
            current.add(glyph);
        }

        private void flush() {
            if (!current.isEmpty()) {
                lines.add(new Line(List.copyOf(current)));
                current.clear();
            }
        }

        List<Line> lines() {
            flush();
            return lines;
        }
    }
}
