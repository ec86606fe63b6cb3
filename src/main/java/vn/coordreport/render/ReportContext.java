package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;

/** JasperReports as the reports are compiled, filled and exported with: their font, their print properties. */
final class ReportContext extends SimpleJasperReportsContext {

    ReportContext(ReportFonts fonts) {
        super(DefaultJasperReportsContext.getInstance());
        // the one font family: the classpath registers none (ExtensionsWithoutFonts)
        setExtensions(FontFamily.class, List.of(fonts.family()));
        // the fill only copies property expressions' values onto print elements for registered prefixes:
        // ComputedWidths reads coordreport.width.*
        setProperty(JRPropertiesUtil.PROPERTY_PREFIX + "print.transfer.coordreport", "coordreport.");
    }
}
