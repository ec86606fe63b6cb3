package vn.coordreport.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;

/**
 * Liberation Serif (metric-compatible with Times New Roman, every Vietnamese
 * glyph; SIL OFL 1.1, {@code fonts/liberation-serif/LICENSE.txt}), the one
 * font of the reports, embedded in every PDF.
 * <p>
 * A font extension would have JasperReports read each face from the classpath
 * with {@code Font.createFont(int, InputStream)}, which copies it to a
 * {@code +~JF*.tmp} file in the system's temporary folder, deleted only when
 * the JVM exits normally: every killed process left them behind (26 files,
 * 11 MB, with the DejaVu fonts of jasperreports-fonts, which nothing used and
 * the project no longer depends on). Here each face is copied
 * once into a folder of this process's own temporary files, which the next
 * process removes if this one is killed, and read from there with
 * {@code Font.createFont(int, File)}, which copies nothing. The PDF exporter
 * still embeds the faces from the classpath.
 */
final class ReportFonts {

    static final String FAMILY = "Liberation Serif";
    private static final String FOLDER = "fonts/liberation-serif/";

    private final SimpleFontFamily family = new SimpleFontFamily(DefaultJasperReportsContext.getInstance());
    private final Font regular;
    private final Font bold;
    private final Font italic;

    /** Reads the four faces, copied into {@code folder} (which must outlive every use of them). */
    ReportFonts(Path folder) {
        family.setName(FAMILY);
        FileFontFace regularFace = face(folder, "LiberationSerif-Regular.ttf");
        FileFontFace boldFace = face(folder, "LiberationSerif-Bold.ttf");
        FileFontFace italicFace = face(folder, "LiberationSerif-Italic.ttf");
        family.setNormalFace(regularFace);
        family.setBoldFace(boldFace);
        family.setItalicFace(italicFace);
        family.setBoldItalicFace(face(folder, "LiberationSerif-BoldItalic.ttf"));
        family.setPdfEncoding("Identity-H");
        family.setPdfEmbedded(true);
        // a Word document names Times New Roman, which Liberation Serif is metric-compatible with
        family.setExportFonts(Map.of("net.sf.jasperreports.docx", "Times New Roman",
                "net.sf.jasperreports.html", "'Liberation Serif', 'Times New Roman', serif"));
        regular = regularFace.getFont();
        bold = boldFace.getFont();
        italic = italicFace.getFont();
    }

    FontFamily family() {
        return family;
    }

    /** The faces as AWT fonts: to measure header text and to draw the chart. */
    Font regular() {
        return regular;
    }

    Font bold() {
        return bold;
    }

    Font italic() {
        return italic;
    }

    private static FileFontFace face(Path folder, String file) {
        String resource = FOLDER + file;
        Path copy = folder.resolve(file);
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Files.copy(in, copy);
            return new FileFontFace(resource, Font.createFont(Font.TRUETYPE_FONT, copy.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the font " + resource + " to " + copy + ": " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read the font " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A face whose AWT font is read already; its TTF, for the PDF exporter, is the classpath resource. */
    private static final class FileFontFace extends SimpleFontFace {

        private final Font font;

        FileFontFace(String resource, Font font) {
            super(DefaultJasperReportsContext.getInstance());
            setTtf(resource, false);
            this.font = font;
        }

        @Override
        public String getName() {
            return font.getName();
        }

        @Override
        public Font getFont() {
            return font;
        }

        @Override
        public void loadFont() {
            // read from the copy in the constructor
        }
    }
}
