package vn.coordreport.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Measures header text in the embedded fonts, to size the short rules under it. */
final class TextWidth {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextWidth() {
    }

    /** A rule 40 % as long as the (possibly wrapped) text in {@code bold}: Decree 30 asks for a third to a half. */
    static int ruleUnder(Font bold, String text, float size, int columnWidth) {
        return (int) Math.max(24, Math.round(Math.min(width(bold, text, size), columnWidth) * 0.4));
    }

    /** The width in points of a line of text in {@code font}. */
    static double width(Font font, String text, float size) {
        return font.deriveFont(size).getStringBounds(text, CONTEXT).getWidth();
    }
}
