package vn.coordreport.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * AWT reads a font from a file, and JasperReports measures text with AWT, so
 * each face is a file: a {@link SharedCopies shared copy} in the system's
 * temporary folder, read with {@code Font.createFont(int, File)}, which copies
 * nothing. The faces are read once per JVM ({@link #shared()}) and their files
 * are never removed: AWT's fonts are the JVM's, not an application context's.
 * When each context read its own copies and removed them as it closed, the
 * text measured by a later one in the same JVM went wrong (a Party body's name
 * in the heading wrapped onto a line that was cut off). A font extension would
 * have JasperReports read each face with {@code Font.createFont(int,
 * InputStream)}, a {@code +~JF*.tmp} file per process, left behind by every
 * killed one. The PDF exporter still embeds the faces from the classpath.
 */
final class ReportFonts {

    static final String FAMILY = "Liberation Serif";
    private static final String FOLDER = "fonts/liberation-serif/";

    private static volatile ReportFonts shared;

    private final SimpleFontFamily family = new SimpleFontFamily(DefaultJasperReportsContext.getInstance());
    private final Font regular;
    private final Font bold;
    private final Font italic;

    private ReportFonts() {
        family.setName(FAMILY);
        FileFontFace regularFace = face("LiberationSerif-Regular");
        FileFontFace boldFace = face("LiberationSerif-Bold");
        FileFontFace italicFace = face("LiberationSerif-Italic");
        family.setNormalFace(regularFace);
        family.setBoldFace(boldFace);
        family.setItalicFace(italicFace);
        family.setBoldItalicFace(face("LiberationSerif-BoldItalic"));
        family.setPdfEncoding("Identity-H");
        family.setPdfEmbedded(true);
        // a Word document names Times New Roman, which Liberation Serif is metric-compatible with
        family.setExportFonts(Map.of("net.sf.jasperreports.docx", "Times New Roman",
                "net.sf.jasperreports.html", "'Liberation Serif', 'Times New Roman', serif"));
        regular = regularFace.getFont();
        bold = boldFace.getFont();
        italic = italicFace.getFont();
    }

    /** The faces, read on first use, the same for every renderer of the JVM; a failure is thrown to each caller. */
    static ReportFonts shared() {
        ReportFonts fonts = shared;
        if (fonts == null) {
            synchronized (ReportFonts.class) {
                fonts = shared;
                if (fonts == null) {
                    fonts = new ReportFonts();
                    shared = fonts;
                }
            }
        }
        return fonts;
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

    private static FileFontFace face(String face) {
        String resource = FOLDER + face + ".ttf";
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Path copy = SharedCopies.of("coordreport-" + face + "-", in.readAllBytes(), ".ttf");
            return new FileFontFace(resource, Font.createFont(Font.TRUETYPE_FONT, copy.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource + ": " + e.getMessage(), e);
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
