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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word document's header block and closing block, each a borderless
 * table: the issuing body on the left and the national title (or the Party's
 * name) on the right; Nơi nhận on the left and the signature on the right.
 * The rules under the agency, the motto and the summary are paragraph borders
 * as long as Decree 30 asks, right under their text as in the PDF; the tables'
 * cells have no margins, so that a rule is as long as its indents make it.
 */
final class WordFrame {

    private static final int LEFT = 190;
    private static final int RIGHT = 277;
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** Twips above the number and the place and date: the PDF's gap between the rules and that row. */
    private static final int NUMBER_BELOW_RULES = 200;

    private WordFrame() {
    }

    static void masthead(XWPFDocument document, ReportDocument.Masthead m, ReportFonts fonts) {
        if (m.draft()) {
            XWPFParagraph mark = document.createParagraph();
            mark.setAlignment(ParagraphAlignment.RIGHT);
            draftMark(mark);
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
            date.setSpacingBefore(120);
            line(date, m.placeDate(), 13, false, true);
        } else {
            rule(left.addParagraph(), LEFT, TextWidth.ruleUnder(fonts.bold(), m.agency(), 13f, LEFT));
            line(first(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
            line(right.addParagraph(), MOTTO, 13, true, false);
            rule(right.addParagraph(), RIGHT, TextWidth.width(fonts.bold(), MOTTO, 13f));
            // a line below the rules, as in the PDF: the agency's rule does not read as an overline of the number
            first(table.getRow(1).getCell(0)).setSpacingBefore(NUMBER_BELOW_RULES);
            first(table.getRow(1).getCell(1)).setSpacingBefore(NUMBER_BELOW_RULES);
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
        // lower under the summary than under the header's names, as in the PDF
        rule(document.createParagraph(), LEFT + RIGHT, 100).setSpacingBefore(100);
    }

    /**
     * The draft's mark, {@code DỰ THẢO} boxed: at the top right of page 1, and in the header of every later page
     * ({@code WordStyles}), so that no printed page of a draft reads as a final.
     */
    static XWPFRun draftMark(XWPFParagraph paragraph) {
        XWPFRun run = text(paragraph, "DỰ THẢO", 13, true, false);
        CTBorder border = run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewBdr() : run.getCTR().addNewRPr().addNewBdr();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(8));
        border.setSpace(BigInteger.valueOf(4));
        return run;
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
        noCellMargins(table);
        WordDocument.grid(table, widths);
        return table;
    }

    /**
     * Cell margins of nought, written out: POI's {@code setCellMargins(0, 0, 0, 0)} writes an empty
     * {@code tblCellMar}, which leaves Word's default 108 twips left and right, so that a column's text was 10.8 pt
     * narrower than the column, each rule under its text that much shorter, and the table 5.4 pt left of the margin.
     */
    private static void noCellMargins(XWPFTable table) {
        var properties = table.getCTTbl().getTblPr();
        CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
        for (CTTblWidth side : List.of(margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight())) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
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

    /**
     * A rule {@code length} points long, centred in a column {@code width} points wide: the bottom border, 2 pt
     * below it, of a paragraph of one 2-point line, right under the line above, where the PDF draws it (about 7 pt
     * under its baseline).
     */
    private static XWPFParagraph rule(XWPFParagraph paragraph, int width, double length) {
        int side = (int) Math.max(0, Math.round((width - length) / 2 * WordStyles.TWIPS));
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.TWO);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        var mark = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var size = (mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewSz();
        size.setVal(BigInteger.valueOf(4));
        paragraph.createRun().setFontSize(2);
        return paragraph;
    }
}
