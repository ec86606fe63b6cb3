package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Every paragraph starts with its first-line indent (Decree 30). When a
 * paragraph's band does not fit at the foot of a page, JasperReports first cuts
 * the text, then moves the whole band (splitType Prevent) to the next page, but
 * still marks the moved text as the continuation of a cut paragraph, which the
 * exporter prints without indent. Paragraph bands here never split, so no text
 * is really a continuation: the mark is removed after filling. The text was measured with its indent
 * ({@link WholeParagraphMeasurers}), so it fits the box it was given.
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
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                restore(frame.getElements());
            } else if (element instanceof JRPrintText && element.hasProperties()
                    && element.getPropertiesMap().containsProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE)) {
                element.getPropertiesMap().removeProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE);
            }
        }
    }
}
