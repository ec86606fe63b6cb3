package vn.coordreport.render;

import java.io.InputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;

/** A JRXML template from {@code reports/}, compiled on first use and reused by every fill. */
final class ReportTemplate {

    private final String resource;
    private final JasperReportsContext context;
    private volatile JasperReport compiled;

    ReportTemplate(String resource, JasperReportsContext context) {
        this.resource = resource;
        this.context = context;
    }

    JasperReport get() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    report = compile();
                    compiled = report;
                }
            }
        }
        return report;
    }

    private JasperReport compile() {
        try (InputStream in = ReportTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template " + resource + " is missing from the classpath");
            }
            return JasperCompileManager.getInstance(context).compile(in);
        } catch (JRException | java.io.IOException e) {
            throw new IllegalStateException("cannot compile report template " + resource + ": " + e.getMessage(), e);
        }
    }
}
