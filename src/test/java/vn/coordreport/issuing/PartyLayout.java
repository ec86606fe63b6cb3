package vn.coordreport.issuing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A final in another layout than the template's, made with PDFBox alone: a
 * Party document (Hướng dẫn 36-HD/VPTW) with {@code Số      -BC/ĐU}, its date
 * under the title on the right, two pages, and {@code T/M ĐẢNG ỦY} over
 * {@code BÍ THƯ} over the name at places of its own. Signing must find its
 * blanks and its signer from the text alone.
 */
final class PartyLayout {

    static final String SIGNER = "Lê Minh Tuấn";

    private PartyLayout() {
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "LiberationSerif-Regular.ttf");
            PDType0Font bold = font(document, "LiberationSerif-Bold.ttf");
            PDType0Font italic = font(document, "LiberationSerif-Italic.ttf");
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream page = new PDPageContentStream(document, first)) {
                text(page, bold, 13, 330, 790, "ĐẢNG CỘNG SẢN VIỆT NAM");
                text(page, italic, 14, 322, 760, "Quảng Ninh, ngày      tháng      năm       ");
                text(page, regular, 13, 95, 790, "ĐẢNG BỘ TỈNH QUẢNG NINH");
                text(page, bold, 13, 80, 774, "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH");
                text(page, regular, 14, 130, 740, "Số       -BC/ĐU");
                text(page, bold, 15, 250, 690, "BÁO CÁO");
                text(page, regular, 14, 85, 640, "Kết quả lãnh đạo thực hiện quy chế phối hợp năm 2025.");
            }
            PDPage last = new PDPage(PDRectangle.A4);
            document.addPage(last);
            try (PDPageContentStream page = new PDPageContentStream(document, last)) {
                text(page, regular, 14, 85, 780, "Trên đây là báo cáo kết quả năm 2025./.");
                text(page, bold, 12, 60, 700, "Nơi nhận:");
                text(page, regular, 11, 60, 686, "- Đảng ủy Bộ đội Biên phòng,");
                text(page, regular, 11, 60, 673, "- Lưu VP.");
                text(page, bold, 14, 370, 700, "T/M ĐẢNG ỦY");
                text(page, bold, 14, 385, 683, "BÍ THƯ");
                text(page, bold, 14, 372, 590, SIGNER);
            }
            document.getDocumentInformation().setTitle("Báo cáo kết quả lãnh đạo thực hiện quy chế phối hợp năm 2025");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream page, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = PartyLayout.class.getResourceAsStream("/fonts/liberation-serif/" + file)) {
            return PDType0Font.load(document, in);
        }
    }
}
