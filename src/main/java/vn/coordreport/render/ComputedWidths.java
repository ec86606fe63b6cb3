package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * JasperReports elements have fixed widths; the rules under the issuing agency
 * and under the Party's name need computed ones. Such elements carry the
 * property expression {@code coordreport.width.centered} (a width in points),
 * and after filling their print elements are resized to it, centred on the
 * designed box. The fill copies these properties onto the print elements
 * because {@link ReportContext} registers their prefix.
 */
final class ComputedWidths {

    static final String CENTERED = "coordreport.width.centered";

    private ComputedWidths() {
    }

    static void apply(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            apply(page.getElements());
        }
    }

    private static void apply(List<JRPrintElement> elements) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                apply(frame.getElements());
            }
            if (!element.hasProperties()) {
                continue;
            }
            String centered = element.getPropertiesMap().getProperty(CENTERED);
            if (centered != null) {
                int width = Math.min(element.getWidth(), Integer.parseInt(centered));
                element.setX(element.getX() + (element.getWidth() - width) / 2);
                element.setWidth(width);
            }
        }
    }
}
