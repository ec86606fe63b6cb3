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

    /** Each page's text; unsorted, in the order it was drawn (a draft's mark, drawn first, then splits no word). */
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
     * The grey level a reader sees at each pixel of the first picture the PDF draws, row by row: its samples as the
     * file holds them (the red ones of an RGB picture), which a viewer shows as sRGB.
     */
    static int[] pictureGreys(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        return greys(image.getRawRaster());
                    }
                }
            }
            throw new IllegalStateException("no picture in the PDF");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for the first picture of a Word document ({@code word/media/}), a PNG as Word and LibreOffice show it. */
    static int[] docxPictureGreys(byte[] docx) {
        String name = parts(docx).stream().filter(p -> p.startsWith("word/media/")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no picture in the DOCX"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return greys(javax.imageio.ImageIO.read(new ByteArrayInputStream(zip.readAllBytes())).getRaster());
                }
            }
            throw new IllegalStateException("no " + name + " in the DOCX");
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
            List<String> lines = new ArrayList<>(pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
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
