package vn.coordreport.render;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.AbstractTextMeasurerFactory;

/**
 * JasperReports' text measurer, except that a text measured from its start is measured with its first-line
 * indent. A paragraph band that does not fit at the foot of a page is first filled there and its text cut, then
 * refilled whole on the next page (splitType Prevent); the refill still takes the text for the continuation of
 * a cut paragraph and measures it without the indent. Printed indented ({@link FirstLineIndents}) with the line
 * breaks so measured, its first line then wrapped once more and its last line fell outside its box: words lost
 * from a signed report. A real continuation starts past the text's start and keeps Jasper's choice. A body
 * paragraph is then broken where {@link FlowingParagraphs} says.
 * Named by {@code net.sf.jasperreports.text.measurer.factory} ({@link ReportContext}).
 */
public final class WholeParagraphMeasurers extends AbstractTextMeasurerFactory {

    private final TextMeasurerFactory measurers = new TextMeasurerFactory();

    @Override
    public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText element) {
        return FlowingParagraphs.of(element, indentingFromStart(measurers.createMeasurer(context, element)));
    }

    @Override
    public JRTextMeasurer createMeasurer(FontUtil fonts, JRCommonText element) {
        return FlowingParagraphs.of(element, indentingFromStart(measurers.createMeasurer(fonts, element)));
    }

    private static JRTextMeasurer indentingFromStart(JRTextMeasurer measurer) {
        return (text, start, availableStretchHeight, indentFirstLine, canOverflow) -> measurer.measure(text, start,
                availableStretchHeight, indentFirstLine || start == 0, canOverflow);
    }
}
