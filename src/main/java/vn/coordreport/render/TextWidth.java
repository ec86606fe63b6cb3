package vn.coordreport.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Measures header text in the embedded bold font, to size the short rule under the issuing agency. */
final class TextWidth {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextWidth() {
    }

    /** A rule 40 % as long as the (possibly wrapped) text in {@code bold}: Decree 30 asks for a third to a half. */
    static int ruleUnder(Font bold, String text, float size, int columnWidth) {
        double width = Math.min(bold.deriveFont(size).getStringBounds(text, CONTEXT).getWidth(), columnWidth);
        return (int) Math.max(24, Math.round(width * 0.4));
    }
}
