package vn.coordreport.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Measures header text in the embedded bold font, to size the short rule under the issuing agency. */
final class TextWidth {

    private static final String BOLD = "fonts/liberation-serif/LiberationSerif-Bold.ttf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static volatile Font bold;

    private TextWidth() {
    }

    /** A rule 40 % as long as the (possibly wrapped) text: Decree 30 asks for a third to a half. */
    static int ruleUnder(String text, float size, int columnWidth) {
        double width = Math.min(boldFont().deriveFont(size).getStringBounds(text, CONTEXT).getWidth(), columnWidth);
        return (int) Math.max(24, Math.round(width * 0.4));
    }

    private static Font boldFont() {
        Font font = bold;
        if (font == null) {
            try (InputStream in = TextWidth.class.getClassLoader().getResourceAsStream(BOLD)) {
                if (in == null) {
                    throw new IllegalStateException(BOLD + " is missing from the classpath");
                }
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new UncheckedIOException(new IOException("cannot read " + BOLD, e));
            }
            bold = font;
        }
        return font;
    }
}
