package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * JasperReports elements have fixed widths; the rules under the issuing agency
 * and under the Party's name need computed ones. Such elements carry the
 * property expression {@code coordreport.width.centered} (a width in points),
 * and after filling their print elements are resized to it, centred on the
 * designed box.
 */
final class ComputedWidths {

    static final String CENTERED = "coordreport.width.centered";

    /** The fill only copies property expressions' values onto print elements for registered prefixes. */
    static final JasperReportsContext CONTEXT = context();

    private ComputedWidths() {
    }

    private static JasperReportsContext context() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(JRPropertiesUtil.PROPERTY_PREFIX + "print.transfer.coordreport", "coordreport.");
        return context;
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
