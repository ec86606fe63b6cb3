package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;

/** JasperReports as the reports are compiled, filled and exported with: their font, their print properties. */
final class ReportContext extends SimpleJasperReportsContext {

    ReportContext(ReportFonts fonts) {
        super(DefaultJasperReportsContext.getInstance());
        // the one font family: the classpath registers none (ExtensionsWithoutFonts)
        setExtensions(FontFamily.class, List.of(fonts.family()));
        // the fill only copies property expressions' values onto print elements for registered prefixes:
        // ComputedWidths reads coordreport.width.*
        setProperty(JRPropertiesUtil.PROPERTY_PREFIX + "print.transfer.coordreport", "coordreport.");
        // a paragraph moved whole to the next page is measured with its indent, as it is printed
        setProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY, WholeParagraphMeasurers.class.getName());
    }
}
