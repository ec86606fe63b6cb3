package vn.coordreport.render;

import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * JasperReports elements have fixed widths; the chart's bars and the rule under
 * the issuing agency need computed ones. Such elements carry a property
 * expression, and after filling their print elements are resized here:
 * <ul>
 * <li>{@code coordreport.width.fraction}: a fraction (0 .. 1) of the designed width, kept left-aligned;</li>
 * <li>{@code coordreport.width.centered}: a width in points, centred on the designed box.</li>
 * </ul>
 * The fill copies these properties onto the print elements because
 * {@link ReportContext} registers their prefix.
 */
final class ComputedWidths {

    static final String FRACTION = "coordreport.width.fraction";
    static final String CENTERED = "coordreport.width.centered";

    private ComputedWidths() {
    }

    static void apply(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            apply(page.getElements());
        }
    }

    private static void apply(List<JRPrintElement> elements) {
        for (Iterator<JRPrintElement> it = elements.iterator(); it.hasNext();) {
            JRPrintElement element = it.next();
            if (element instanceof JRPrintFrame frame) {
                apply(frame.getElements());
            }
            if (!element.hasProperties()) {
                continue;
            }
            String fraction = element.getPropertiesMap().getProperty(FRACTION);
            String centered = element.getPropertiesMap().getProperty(CENTERED);
            if (fraction != null) {
                int width = (int) Math.round(element.getWidth() * Math.min(1.0, Double.parseDouble(fraction)));
                if (width < 1) {
                    it.remove();
                } else {
                    element.setWidth(width);
                }
            } else if (centered != null) {
                int width = Math.min(element.getWidth(), Integer.parseInt(centered));
                element.setX(element.getX() + (element.getWidth() - width) / 2);
                element.setWidth(width);
            }
        }
    }
}
