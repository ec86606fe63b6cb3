package vn.coordreport.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered reports back: text (NFC, whitespace collapsed), page texts, words, fonts, images, DOCX parts. */
public final class PdfInspection {

    private PdfInspection() {
    }

    static String text(byte[] pdf) {
        return String.join(" ", pageTexts(pdf));
    }

    /** Each page's text, lines kept, in reading order. */
    static List<String> pageTexts(byte[] pdf) {
        return pageTexts(pdf, true);
    }

    /** Each page's text, in the order it was drawn: a draft's mark, drawn first, then splits no line of the body. */
    static List<String> drawnPageTexts(byte[] pdf) {
        return pageTexts(pdf, false);
    }

    private static List<String> pageTexts(byte[] pdf, boolean sorted) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    static List<PDFont> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<float[]> pageSizes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many images each page draws (0-based page index → count). */
    static List<Integer> imagesPerPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> counts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                int images = 0;
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
                counts.add(images);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The grey level a reader sees at each pixel of each picture the PDF draws, row by row: its samples as the file
     * holds them (the red ones of an RGB picture), which a viewer shows as sRGB.
     */
    static List<int[]> pictureGreys(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<int[]> pictures = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        pictures.add(greys(image.getRawRaster()));
                    }
                }
            }
            return pictures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for each picture of a Word document ({@code word/media/}), a PNG as Word and LibreOffice show it. */
    static List<int[]> docxPictureGreys(byte[] docx) {
        List<int[]> pictures = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().startsWith("word/media/")) {
                    pictures.add(greys(javax.imageio.ImageIO.read(new ByteArrayInputStream(zip.readAllBytes())).getRaster()));
                }
            }
            return pictures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] greys(java.awt.image.Raster raster) {
        int[] greys = new int[raster.getWidth() * raster.getHeight()];
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                greys[y * raster.getWidth() + x] = raster.getSample(raster.getMinX() + x, raster.getMinY() + y, 0);
            }
        }
        return greys;
    }

    /**
     * The words of a report as a bag, sorted: each page's text less its page number (the first line of pages 2+)
     * and the draft mark, so that two renderings of one report compare equal whatever their line breaks; a no-break
     * space (the Word document binds the title's names with them, and LibreOffice's PDF keeps them) parts words.
     */
    static List<String> words(byte[] pdf) {
        List<String> pages = pageTexts(pdf, false);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // a Word draft's mark stands on the page number's line
            List<String> lines = new ArrayList<>(pages.get(i).lines().map(l -> l.replace("DỰ THẢO", "").strip())
                    .filter(l -> !l.isEmpty()).toList());
            if (i > 0) {
                lines.remove(String.valueOf(i + 1));
            }
            for (String line : lines) {
                for (String word : line.split("[\\s\u00A0]+")) {
                    if (!word.isEmpty() && !word.equals("DỰ") && !word.equals("THẢO")) {
                        words.add(word);
                    }
                }
            }
        }
        words.sort(null);
        return words;
    }

    /** The words of {@code a} that {@code b} lacks, counting repeats: empty both ways means the same bag of words. */
    static List<String> missing(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** The baseline, in points from the last page's top, of the last line there that begins with this text. */
    public static float lastPageLine(byte[] pdf, String start) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] found = {Float.NaN};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (text.strip().startsWith(start)) {
                        found[0] = positions.get(0).getYDirAdj();
                    }
                }
            };
            stripper.setStartPage(document.getNumberOfPages());
            stripper.getText(document);
            return found[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule on a page, in points from the page's top-left corner. */
    record Rule(float left, float right, float y) {
        float length() {
            return right - left;
        }
    }

    /** A piece of text on a page as drawn: its extent and its baseline, in points from the page's top-left corner. */
    record Placed(String text, float left, float right, float baseline) {
        float width() {
            return right - left;
        }
    }

    /**
     * The horizontal rules the first page draws: stroked or filled paths at most 2 points high and at least 10 wide
     * (a line element in our PDF, a paragraph's bottom border in LibreOffice's), top to bottom.
     */
    static List<Rule> firstPageRules(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            float height = page.getMediaBox().getHeight();
            List<Rule> rules = new ArrayList<>();
            new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
                private final java.awt.geom.Path2D.Float path = new java.awt.geom.Path2D.Float();

                @Override
                public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                        java.awt.geom.Point2D p3) {
                    path.moveTo(p0.getX(), p0.getY());
                    path.lineTo(p1.getX(), p1.getY());
                    path.lineTo(p2.getX(), p2.getY());
                    path.lineTo(p3.getX(), p3.getY());
                    path.closePath();
                }

                @Override
                public void moveTo(float x, float y) {
                    path.moveTo(x, y);
                }

                @Override
                public void lineTo(float x, float y) {
                    path.lineTo(x, y);
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    path.curveTo(x1, y1, x2, y2, x3, y3);
                }

                @Override
                public java.awt.geom.Point2D getCurrentPoint() {
                    return path.getCurrentPoint();
                }

                @Override
                public void closePath() {
                    path.closePath();
                }

                @Override
                public void endPath() {
                    path.reset();
                }

                @Override
                public void strokePath() {
                    keep();
                }

                @Override
                public void fillPath(int windingRule) {
                    keep();
                }

                @Override
                public void fillAndStrokePath(int windingRule) {
                    keep();
                }

                private void keep() {
                    java.awt.geom.Rectangle2D b = path.getBounds2D();
                    if (b.getHeight() <= 2 && b.getWidth() >= 10) {
                        rules.add(new Rule((float) b.getMinX(), (float) b.getMaxX(), height - (float) b.getCenterY()));
                    }
                    path.reset();
                }

                @Override
                public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(getPage());
                }
            }.run();
            rules.sort(java.util.Comparator.comparing(Rule::y));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the first page draws this text first, in reading order (NFC; spaces, no-break ones too, left out). */
    static Placed firstPagePlace(byte[] pdf, String text) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<org.apache.pdfbox.text.TextPosition> glyphs = new ArrayList<>();
            StringBuilder letters = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String chunk, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        String letter = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC).replace('\u00A0', ' ').strip();
                        if (letter.length() == 1) {
                            glyphs.add(p);
                            letters.append(letter);
                        }
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            String wanted = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s", "");
            int at = letters.indexOf(wanted);
            if (at < 0) {
                throw new IllegalStateException("no \"" + text + "\" on the first page");
            }
            var first = glyphs.get(at);
            var last = glyphs.get(at + wanted.length() - 1);
            return new Placed(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line as printed: its page (from 1), its first glyph's x and its baseline, in points from the top-left. */
    record Line(int page, float x, float baseline, String text) {
    }

    /** Every line of every page, in reading order, its words joined by single spaces. */
    static List<Line> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private boolean start = true;

                @Override
                protected void writeLineSeparator() {
                    start = true;
                }

                @Override
                protected void writePageStart() {
                    start = true;
                }

                @Override
                protected void writeWordSeparator() {
                    extend(" ");
                }

                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (start || lines.isEmpty()) {
                        org.apache.pdfbox.text.TextPosition first = positions.get(0);
                        lines.add(new Line(getCurrentPageNo(), first.getXDirAdj(), first.getYDirAdj(), ""));
                        start = false;
                    }
                    extend(text);
                }

                private void extend(String text) {
                    if (lines.isEmpty()) {
                        return;
                    }
                    Line last = lines.remove(lines.size() - 1);
                    // a space of the text and the separator PDFBox adds where a justified line's spaces are wide
                    lines.add(new Line(last.page(), last.x(), last.baseline(),
                            Normalizer.normalize(last.text() + text, Normalizer.Form.NFC).replaceAll(" {2,}", " ")));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A glyph as printed, in points from its page's top-left corner: from its left to its advance's end, from the
     * font's ascent above its baseline to its descent below it (as pdftotext -bbox measures a word).
     */
    record Glyph(int page, String text, float left, float right, float top, float bottom, float pageWidth,
            float pageHeight) {
    }

    /** Every glyph of every page, spaces left out. */
    static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    var box = getCurrentPage().getMediaBox();
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        var descriptor = p.getFont().getFontDescriptor();
                        float ascent = descriptor == null ? p.getHeightDir() : descriptor.getAscent() / 1000 * p.getFontSizeInPt();
                        float descent = descriptor == null ? 0 : -descriptor.getDescent() / 1000 * p.getFontSizeInPt();
                        glyphs.add(new Glyph(getCurrentPageNo(), Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC),
                                p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj() - ascent,
                                p.getYDirAdj() + descent, box.getWidth(), box.getHeight()));
                    }
                }
            };
            stripper.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text bounds in points from the page's top-left corner: {minX, minY, maxX, maxY}. */
    static List<float[]> textBounds(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> bounds = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        for (org.apache.pdfbox.text.TextPosition p : positions) {
                            b[0] = Math.min(b[0], p.getXDirAdj());
                            b[1] = Math.min(b[1], p.getYDirAdj() - p.getHeightDir());
                            b[2] = Math.max(b[2], p.getXDirAdj() + p.getWidthDirAdj());
                            b[3] = Math.max(b[3], p.getYDirAdj());
                        }
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(document);
                bounds.add(b);
            }
            return bounds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of a Word document's body: word/document.xml without its tags; a no-break space (binding a name
     * of the title) separates words as a space does.
     */
    static String docxText(byte[] docx) {
        return collapse(Normalizer.normalize(xmlText(part(docx, "word/document.xml")), Normalizer.Form.NFC)
                .replace('\u00A0', ' '));
    }

    /** One part of an OOXML package, as text. */
    static String part(byte[] docx, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException("no " + name + " in the DOCX");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of an OOXML package's parts. */
    static List<String> parts(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                names.add(entry.getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xmlText(String xml) {
        return xml.replaceAll("</w:p>", " ").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
