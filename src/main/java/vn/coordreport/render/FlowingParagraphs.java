package vn.coordreport.render;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRPropertiesHolder;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.util.JRStyledText;

/**
 * Where a body paragraph breaks over a page, as a clerk's word processor breaks it: two of its lines at least at the
 * foot of the page and two at least at the top of the next, so a paragraph of three lines or less moves whole. The
 * template's paragraph text ({@code coordreport.paragraph} "flow") is measured so; its probe ("probe"), in the band of
 * the paragraph's headings, is measured the same where the text would start and overflows when the text would put
 * nothing on the page, so that the headings move with it. A probe that passes takes no height; {@link
 * FirstLineIndents} drops it from the pages.
 */
final class FlowingParagraphs {

    static final String PROPERTY = "coordreport.paragraph";
    static final String FLOW = "flow";
    static final String PROBE = "probe";
    /** More room than any page has: a text measured whole. */
    private static final int WHOLE = 1_000_000;

    private FlowingParagraphs() {
    }

    /** The measurer for this element: the paragraph's rule for the template's paragraphs, else JasperReports'. */
    static JRTextMeasurer of(JRCommonText element, JRTextMeasurer measurer) {
        String role = element instanceof JRPropertiesHolder h && h.hasProperties()
                ? h.getPropertiesMap().getProperty(PROPERTY) : null;
        if (FLOW.equals(role)) {
            return new Flow(measurer, room(element));
        }
        if (PROBE.equals(role)) {
            Flow flow = new Flow(measurer, room(element));
            return (text, start, stretch, indent, overflow) -> {
                JRMeasuredText fit = flow.measure(text, start, stretch, indent, overflow);
                return fit.getTextOffset() == start ? fit : new Passed(fit, text.getText().length());
            };
        }
        return measurer;
    }

    /** The height a text has to fill before it stretches: its box less the padding. */
    private static int room(JRCommonText element) {
        return element.getHeight() - element.getLineBox().getTopPadding() - element.getLineBox().getBottomPadding();
    }

    /**
     * @param room the text's height before it stretches: the measurer is given the stretch, and fits lines into
     *             {@code room + stretch}
     */
    private record Flow(JRTextMeasurer measurer, int room) implements JRTextMeasurer {

        @Override
        public JRMeasuredText measure(JRStyledText text, int start, int stretch, boolean indent, boolean overflow) {
            JRMeasuredText fit = measurer.measure(text, start, stretch, indent, overflow);
            int end = text.getText().length();
            if (fit.getTextOffset() >= end || fit.getTextOffset() == start) {
                return fit;
            }
            // one line alone at the top of the next page: a second goes down with it
            JRMeasuredText rest = measurer.measure(text, fit.getTextOffset(), WHOLE, false, overflow);
            if (lessOneLine(text, fit.getTextOffset(), rest, false, overflow).getTextOffset() == fit.getTextOffset()) {
                fit = lessOneLine(text, start, fit, indent, overflow);
            }
            // one line alone at the foot of this page (or none, the other having gone down): the paragraph moves
            if (fit.getTextOffset() == start
                    || lessOneLine(text, start, fit, indent, overflow).getTextOffset() == start) {
                return measurer.measure(text, start, -room, indent, overflow);
            }
            return fit;
        }

        /**
         * The text from {@code start} with one line less than {@code fit}: room just short of {@code fit}'s last
         * line, which needs its height and its descent below it, while the line above it is a whole line higher.
         */
        private JRMeasuredText lessOneLine(JRStyledText text, int start, JRMeasuredText fit, boolean indent,
                boolean overflow) {
            int height = (int) Math.ceil(fit.getTextHeight()) - 1;
            return measurer.measure(text, start, height - room, indent, overflow);
        }
    }

    /** A probe that found room: the whole text measured at no height, so that it takes none. */
    private record Passed(JRMeasuredText fit, int end) implements JRMeasuredText {

        @Override
        public float getLeadingOffset() {
            return fit.getLeadingOffset();
        }

        @Override
        public float getLineSpacingFactor() {
            return fit.getLineSpacingFactor();
        }

        @Override
        public float getTextWidth() {
            return fit.getTextWidth();
        }

        @Override
        public float getAverageCharWidth() {
            return fit.getAverageCharWidth();
        }

        @Override
        public float getTextHeight() {
            return 0;
        }

        @Override
        public int getTextOffset() {
            return end;
        }

        @Override
        public boolean isLeftToRight() {
            return fit.isLeftToRight();
        }

        @Override
        public boolean isParagraphCut() {
            return false;
        }

        @Override
        public String getTextSuffix() {
            return null;
        }

        @Override
        public short[] getLineBreakOffsets() {
            return null;
        }
    }
}
