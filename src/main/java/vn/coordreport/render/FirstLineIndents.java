package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Every paragraph starts with its first-line indent (Decree 30). When a band
 * that is never split (headings, a table's note, the closing block) does not
 * fit at the foot of a page, JasperReports first cuts its text, then moves the
 * whole band to the next page, but still marks the moved text as the
 * continuation of a cut paragraph, which the exporter prints without indent:
 * the mark is removed after filling. The text was measured with its indent
 * ({@link WholeParagraphMeasurers}), so it fits the box it was given. A body
 * paragraph that flows over a page break ({@link FlowingParagraphs}) keeps the
 * mark on its continuation, which is one: a clerk's continued paragraph starts
 * at the margin. The paragraphs' probes, which print nothing, are dropped.
 */
final class FirstLineIndents {

    private FirstLineIndents() {
    }

    static void restore(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            restore(page.getElements());
        }
    }

    private static void restore(List<JRPrintElement> elements) {
        elements.removeIf(e -> role(e) != null && role(e).equals(FlowingParagraphs.PROBE));
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                restore(frame.getElements());
            } else if (element instanceof JRPrintText && !FlowingParagraphs.FLOW.equals(role(element))
                    && element.hasProperties()
                    && element.getPropertiesMap().containsProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE)) {
                element.getPropertiesMap().removeProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE);
            }
        }
    }

    private static String role(JRPrintElement element) {
        return element.hasProperties() ? element.getPropertiesMap().getProperty(FlowingParagraphs.PROPERTY) : null;
    }
}
