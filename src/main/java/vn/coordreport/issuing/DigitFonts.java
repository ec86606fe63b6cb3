package vn.coordreport.issuing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Liberation Serif (the reports' font, metric-compatible with Times New
 * Roman) cut down to the digits and the space: what the văn thư writes into a
 * signed document (number, day, month, year). Small enough (a few KB) to be
 * embedded whole in every signed document, so that its appearance streams can
 * be written at issue with the font the signer's revision already holds, as
 * PDF/A wants every font embedded.
 */
final class DigitFonts {

    static final String DIGITS = "0123456789 ";

    private static final String FOLDER = "/fonts/liberation-serif/";
    private static final byte[] REGULAR = subset("LiberationSerif-Regular.ttf");
    private static final byte[] ITALIC = subset("LiberationSerif-Italic.ttf");

    private DigitFonts() {
    }

    /** The upright digits (the number), as a TrueType file. */
    static InputStream regular() {
        return new java.io.ByteArrayInputStream(REGULAR);
    }

    /** The italic digits (the date line), as a TrueType file. */
    static InputStream italic() {
        return new java.io.ByteArrayInputStream(ITALIC);
    }

    private static byte[] subset(String file) {
        try (InputStream in = DigitFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FOLDER + file + " is not in the application");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try (font) {
                // no hinting: glyphs, metrics, names and the character map, as much as a
                // PDF reader (and PDF/A, and PDFBox embedding it) needs of an embedded CID font
                TTFSubsetter subsetter = new TTFSubsetter(font, List.of("head", "hhea", "loca", "maxp", "glyf",
                        "hmtx", "cmap", "post", "name", "OS/2"));
                Set<Integer> codePoints = DIGITS.codePoints().boxed().collect(Collectors.toSet());
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
