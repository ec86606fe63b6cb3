package vn.coordreport.issuing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * The register as a PDF, laid out by JasperReports like the reports
 * ({@code reports/outgoing-register.jrxml}, compiled once), every font embedded.
 */
final class RegisterPdf {

    private static final String TEMPLATE = "reports/outgoing-register.jrxml";
    private static volatile JasperReport compiled;

    private RegisterPdf() {
    }

    static byte[] of(List<RegisterEntry> entries, List<IssuingBody> bodies, int year) {
        Map<String, String> names = bodies.stream().collect(Collectors.toMap(IssuingBody::code,
                b -> b.name() + (b.province() == null ? "" : " tỉnh " + b.province()), (a, b) -> a));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            Map<String, Object> row = new HashMap<>();
            row.put("body", bodies.size() > 1 ? names.getOrDefault(e.agencyCode(), e.agencyCode()) : null);
            List<String> cells = RegisterExports.cells(e);
            for (int i = 0; i < cells.size(); i++) {
                row.put("c" + (i + 1), cells.get(i));
            }
            rows.add(row);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("YEAR", Integer.toString(year));
        parameters.put("BODIES", bodies.size() == 1 ? names.get(bodies.get(0).code()).toUpperCase(java.util.Locale.ROOT)
                : null);
        try {
            JasperPrint print = JasperFillManager.fillReport(template(), parameters, new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle("Sổ đăng ký văn bản đi năm " + year);
            configuration.setMetadataCreator("coordreport");
            exporter.setConfiguration(configuration);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("cannot lay out the register: " + e.getMessage(), e);
        }
    }

    private static JasperReport template() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (RegisterPdf.class) {
                report = compiled;
                if (report == null) {
                    try (InputStream in = RegisterPdf.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
                        if (in == null) {
                            throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
                        }
                        report = JasperCompileManager.compileReport(in);
                        compiled = report;
                    } catch (JRException | java.io.IOException e) {
                        throw new IllegalStateException("cannot compile " + TEMPLATE + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return report;
    }
}
