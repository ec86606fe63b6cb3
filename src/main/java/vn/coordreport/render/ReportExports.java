package vn.coordreport.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/** Writes a filled report as PDF, PDF/A-2b or DOCX. */
final class ReportExports {

    private static volatile Path iccProfile;

    private ReportExports() {
    }

    /**
     * PDF; PDF/A-2b when {@code archival}: every font is embedded already, the
     * report has no transparency, and the output intent is the JDK's sRGB profile.
     */
    static byte[] pdf(JasperPrint print, Metadata metadata, boolean archival) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(ComputedWidths.CONTEXT);
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataCreator("coordreport");
        configuration.setDisplayMetadataTitle(true);
        if (archival) {
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            configuration.setIccProfilePath(iccProfile().toString());
        }
        exporter.setConfiguration(configuration);
        return export(exporter, print);
    }

    static byte[] docx(JasperPrint print, Metadata metadata) throws JRException {
        JRDocxExporter exporter = new JRDocxExporter(ComputedWidths.CONTEXT);
        SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
        report.setFlexibleRowHeight(true);
        exporter.setConfiguration(report);
        SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataApplication("coordreport");
        exporter.setConfiguration(configuration);
        return export(exporter, print);
    }

    private static byte[] export(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter, JasperPrint print)
            throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }

    /** The JDK's sRGB profile, written once per process to a file (the exporter wants a path). */
    private static Path iccProfile() {
        Path path = iccProfile;
        if (path == null) {
            synchronized (ReportExports.class) {
                path = iccProfile;
                if (path == null) {
                    try {
                        path = Files.createTempFile("coordreport-srgb-", ".icc");
                        Files.write(path, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        path.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the sRGB profile for PDF/A", e);
                    }
                    iccProfile = path;
                }
            }
        }
        return path;
    }

    record Metadata(String title, String subject, String author) {
    }
}
