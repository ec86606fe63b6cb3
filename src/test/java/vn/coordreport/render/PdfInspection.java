package vn.coordreport.render;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered reports back: text (NFC, whitespace collapsed), page texts, fonts, filled rectangles, DOCX text. */
final class PdfInspection {

    private PdfInspection() {
    }

    static String text(byte[] pdf) {
        return String.join(" ", pageTexts(pdf));
    }

    /** Each page's text, lines kept, in reading order. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
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

    /** The filled rectangles of a page (0-based) as {width, height}, e.g. the chart's bars. */
    static List<double[]> filledRectangles(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            RectangleCollector collector = new RectangleCollector(document.getPage(pageIndex));
            collector.processPage(document.getPage(pageIndex));
            return collector.filled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a Word document's body: word/document.xml without its tags. */
    static String docxText(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    String text = xml.replaceAll("</w:p>", " ").replaceAll("<[^>]+>", "")
                            .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
                    return collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
                }
            }
            throw new IllegalStateException("no word/document.xml in the DOCX");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the bounding box of every filled path (OpenPDF draws rectangles as m/l paths, not re). */
    private static final class RectangleCollector extends PDFGraphicsStreamEngine {

        private final List<Point2D> path = new ArrayList<>();
        final List<double[]> filled = new ArrayList<>();

        RectangleCollector(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void moveTo(float x, float y) {
            path.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new Point2D.Float(x, y));
        }

        @Override
        public void fillPath(int windingRule) {
            if (!path.isEmpty()) {
                double minX = path.stream().mapToDouble(Point2D::getX).min().orElseThrow();
                double maxX = path.stream().mapToDouble(Point2D::getX).max().orElseThrow();
                double minY = path.stream().mapToDouble(Point2D::getY).min().orElseThrow();
                double maxY = path.stream().mapToDouble(Point2D::getY).max().orElseThrow();
                filled.add(new double[] {maxX - minX, maxY - minY});
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.add(new Point2D.Float(x3, y3));
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
