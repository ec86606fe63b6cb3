package vn.coordreport.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/** Writes a filled report as PDF or PDF/A-2b (the Word document is {@link WordDocument}'s). */
final class ReportExports {

    private static volatile Path iccProfile;

    private ReportExports() {
    }

    /**
     * PDF; PDF/A-2b when {@code archival}: every font is embedded already, the
     * report has no transparency, and the output intent is the JDK's sRGB profile.
     */
    static byte[] pdf(JasperReportsContext context, JasperPrint print, Metadata metadata, boolean archival)
            throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
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

    private static byte[] export(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter, JasperPrint print)
            throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }

    /** The JDK's sRGB profile as a file (the exporter wants a path), shared by every process ({@link SharedCopies}). */
    private static Path iccProfile() {
        Path path = iccProfile;
        if (path == null) {
            synchronized (ReportExports.class) {
                path = iccProfile;
                if (path == null) {
                    byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
                    path = SharedCopies.of("coordreport-srgb-", profile, ".icc");
                    iccProfile = path;
                }
            }
        }
        return path;
    }

    record Metadata(String title, String subject, String author) {
    }
}
