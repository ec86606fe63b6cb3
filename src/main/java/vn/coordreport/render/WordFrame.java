package vn.coordreport.render;

import static vn.coordreport.render.PrintableText.of;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The Word document's header block and closing block, each a borderless
 * table: the issuing body on the left and the national title (or the Party's
 * name) on the right; Nơi nhận on the left and the signature on the right.
 * The rules under the agency, the motto and the summary are paragraph borders
 * as long as Decree 30 asks.
 */
final class WordFrame {

    private static final int LEFT = 190;
    private static final int RIGHT = 277;
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private WordFrame() {
    }

    static void masthead(XWPFDocument document, ReportDocument.Masthead m, ReportFonts fonts) {
        if (m.draft()) {
            XWPFParagraph mark = document.createParagraph();
            mark.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun run = text(mark, "DỰ THẢO", 13, true, false);
            CTBorder border = run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewBdr() : run.getCTR().addNewRPr().addNewBdr();
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(8));
            border.setSpace(BigInteger.valueOf(4));
        }
        XWPFTable table = borderless(document, 2, List.of(LEFT, RIGHT));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        // broken where the PDF breaks them, each line's words bound: Word breaks between the lines alone
        line(first(left), bound(TitleLines.balanced(m.parent(), fonts.regular(), 13f, LEFT)), 13, false, false);
        line(left.addParagraph(), bound(TitleLines.balanced(m.agency(), fonts.bold(), 13f, LEFT)), 13, true, false);
        if (m.party()) {
            line(left.addParagraph(), "*", 13, false, false);
            line(left.addParagraph(), m.numberLine(), 13, false, false);
            line(first(right), PARTY, 14, true, false);
            rule(right.addParagraph(), RIGHT, TextWidth.width(fonts.bold(), PARTY, 14f));
            XWPFParagraph date = right.addParagraph();
            date.setSpacingBefore(80);
            line(date, m.placeDate(), 13, false, true);
        } else {
            rule(left.addParagraph(), LEFT, TextWidth.ruleUnder(fonts.bold(), m.agency(), 13f, LEFT));
            line(first(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
            line(right.addParagraph(), MOTTO, 13, true, false);
            rule(right.addParagraph(), RIGHT, TextWidth.width(fonts.bold(), MOTTO, 13f));
            line(first(table.getRow(1).getCell(0)), m.numberLine(), 13, false, false);
            line(first(table.getRow(1).getCell(1)), m.placeDate(), 13, false, true);
        }
        XWPFParagraph title = document.createParagraph();
        title.setSpacingBefore(360);
        line(title, "BÁO CÁO", 14, true, false);
        XWPFParagraph summary = document.createParagraph();
        summary.setIndentationLeft(20 * WordStyles.TWIPS);
        summary.setIndentationRight(20 * WordStyles.TWIPS);
        line(summary, m.summary(), 14, true, false);
        rule(document.createParagraph(), LEFT + RIGHT, 100);
    }

    static void closing(XWPFDocument document, ReportDocument.Closing c) {
        XWPFParagraph paragraph = WordDocument.paragraph(document, WordStyles.BODY);
        paragraph.createRun().setText(of(c.paragraph()));
        paragraph.setKeepNext(true);
        XWPFTable table = borderless(document, 1, List.of(220, 247));
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph heading = first(left);
        heading.setSpacingBefore(240);
        text(heading, "Nơi nhận:", 12, true, true);
        heading.setAlignment(ParagraphAlignment.LEFT);
        for (String recipient : c.recipients()) {
            XWPFParagraph line = left.addParagraph();
            line.setAlignment(ParagraphAlignment.LEFT);
            text(line, recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = first(right);
        title.setSpacingBefore(240);
        for (int i = 0; i < c.signerTitle().size(); i++) {
            line(i == 0 ? title : right.addParagraph(), c.signerTitle().get(i), 13, true, false);
        }
        // about 40 mm for the signature and the seal at its real size, as the PDF leaves (review-report.jrxml)
        for (int i = 0; i < 8; i++) {
            line(right.addParagraph(), "", 13, false, false);
        }
        if (c.signerName() != null) {
            line(right.addParagraph(), c.signerName(), 13, true, false);
        }
    }

    private static XWPFTable borderless(XWPFDocument document, int rows, List<Integer> widths) {
        XWPFTable table = document.createTable(rows, widths.size());
        table.removeBorders();
        table.setCellMargins(0, 0, 0, 0);
        WordDocument.grid(table, widths);
        return table;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** A centred line of text. */
    /** Lines as one text whose lines' words are bound: Word breaks it between them alone. */
    private static String bound(String lines) {
        return lines == null ? null : lines.replace(' ', ReportWording.NO_BREAK).replace('\n', ' ');
    }

    private static void line(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, text, size, bold, italic);
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(of(text == null ? "" : text));
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    /** A rule {@code length} points long, centred in a column {@code width} points wide: a paragraph's bottom border. */
    private static void rule(XWPFParagraph paragraph, int width, double length) {
        int side = (int) Math.max(0, Math.round((width - length) / 2 * WordStyles.TWIPS));
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingBefore(100);
        paragraph.setSpacingAfter(0);
        var mark = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var size = (mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewSz();
        size.setVal(BigInteger.valueOf(4));
        paragraph.createRun().setFontSize(2);
    }
}
