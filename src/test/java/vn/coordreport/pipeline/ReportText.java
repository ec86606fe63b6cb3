package vn.coordreport.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The text of a rendered report, NFC-normalized with every run of whitespace made one space, a no-break space (the
 * Word document binds the title's names with them) included.
 */
final class ReportText {

    private ReportText() {
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\u00A0]+", " ").trim();
    }

    static String ofPdf(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return normalize(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a DOCX (a zip with word/document.xml), parses its XML and joins the text of its paragraphs. */
    static String ofDocx(Path docx) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
                    NodeList paragraphs = xml.getElementsByTagNameNS(w, "p");
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < paragraphs.getLength(); i++) {
                        NodeList runs = ((Element) paragraphs.item(i)).getElementsByTagNameNS(w, "t");
                        for (int j = 0; j < runs.getLength(); j++) {
                            text.append(runs.item(j).getTextContent());
                        }
                        text.append('\n');
                    }
                    return normalize(text.toString());
                }
            }
            throw new IllegalStateException(docx + " has no word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + docx + ": " + e.getMessage(), e);
        }
    }
}
