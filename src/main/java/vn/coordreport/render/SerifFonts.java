package vn.coordreport.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The embedded Liberation Serif faces as AWT fonts, read once: to measure header text and to draw the chart. */
final class SerifFonts {

    private static final String FOLDER = "fonts/liberation-serif/LiberationSerif-";

    private SerifFonts() {
    }

    static Font regular() {
        return Faces.REGULAR;
    }

    static Font bold() {
        return Faces.BOLD;
    }

    static Font italic() {
        return Faces.ITALIC;
    }

    /** Loaded on first use, by the class loader's lock. */
    private static final class Faces {
        static final Font REGULAR = load("Regular");
        static final Font BOLD = load("Bold");
        static final Font ITALIC = load("Italic");

        private static Font load(String face) {
            String resource = FOLDER + face + ".ttf";
            try (InputStream in = SerifFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new UncheckedIOException(new IOException("cannot read " + resource, e));
            }
        }
    }
}
