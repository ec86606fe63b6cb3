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
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import vn.coordreport.files.WholeFiles;

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

    /**
     * The JDK's sRGB profile as a file (the exporter wants a path): one file
     * per profile content in the system's temporary folder, named by its
     * SHA-256, written whole ({@link WholeFiles}) when missing and shared by
     * every process, so that nothing is left behind when a process is killed.
     */
    private static Path iccProfile() {
        Path path = iccProfile;
        if (path == null) {
            synchronized (ReportExports.class) {
                path = iccProfile;
                if (path == null) {
                    byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
                    Path folder = Path.of(System.getProperty("java.io.tmpdir"));
                    String name = "coordreport-srgb-" + sha256(profile).substring(0, 16) + ".icc";
                    path = folder.resolve(name);
                    try {
                        if (!Files.isRegularFile(path) || Files.size(path) != profile.length) {
                            path = WholeFiles.write(folder, name, profile);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the sRGB profile for PDF/A into " + folder, e);
                    }
                    iccProfile = path;
                }
            }
        }
        return path;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Metadata(String title, String subject, String author) {
    }
}
