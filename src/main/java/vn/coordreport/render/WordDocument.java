package vn.coordreport.render;

import static vn.coordreport.render.PrintableText.of;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document a clerk can edit: real paragraphs in Word
 * styles, tables as Word tables whose head row repeats on each page, the chart
 * as a picture, the header block and the signature block as borderless tables.
 * Written from the same {@link ReportDocument} as the PDF, so both carry the
 * same text; editing a sentence reflows the page.
 */
final class WordDocument {

    private WordDocument() {
    }

    static byte[] write(ReportDocument report, ReportExports.Metadata metadata, ReportFonts fonts) {
        try (XWPFDocument document = new XWPFDocument()) {
            WordStyles.apply(document, report.masthead().draft());
            WordFrame.masthead(document, report.masthead(), fonts);
            List<Block> body = report.body();
            for (Block block : body) {
                if (block instanceof Block.Heading h) {
                    paragraph(document, h.level() == 3 ? WordStyles.HEADING_3
                            : h.level() == 2 ? WordStyles.HEADING_2 : WordStyles.HEADING_1).createRun().setText(of(h.text()));
                } else if (block instanceof Block.Paragraph p) {
                    XWPFParagraph paragraph = paragraph(document, WordStyles.BODY);
                    // the body's last paragraph stays with the closing and the signature, as in the PDF
                    paragraph.setKeepNext(p.leadsIn() || block == body.get(body.size() - 1));
                    for (Block.Run run : p.runs()) {
                        XWPFRun r = paragraph.createRun();
                        r.setText(of(run.text()));
                        r.setItalic(run.italic());
                    }
                } else if (block instanceof Block.Table t) {
                    table(document, t);
                } else if (block instanceof Block.Chart c) {
                    chart(document, c, fonts);
                }
            }
            WordFrame.closing(document, report.closing());
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(metadata.title());
            properties.setSubjectProperty(metadata.subject());
            properties.setCreator(metadata.author());
            document.getProperties().getExtendedProperties().setApplication("coordreport");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    private static void table(XWPFDocument document, Block.Table t) {
        List<Block.Column> columns = t.columns();
        XWPFTable table = document.createTable(1 + t.rows().size(), columns.size());
        grid(table, columns.stream().map(Block.Column::weight).toList());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(20, 60, 20, 60);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        // a row goes with the next where its paragraphs do (Word; LibreOffice too, for a Word document): the head
        // row with the first row, an indicator's row with the rows that detail it, as in the PDF
        for (int i = 0; i < columns.size(); i++) {
            cellText(head.getCell(i), columns.get(i).header(), 'C', true, false).setKeepNext(true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Block.Row row = t.rows().get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);
            tableRow.setCantSplitRow(true);
            if (row.group() != null) {
                for (int i = columns.size() - 1; i > 0; i--) {
                    tableRow.removeCell(i);
                }
                XWPFTableCell cell = tableRow.getCell(0);
                cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
                cellText(cell, row.group(), 'L', true, true).setKeepNext(true);
            } else {
                boolean detailed = r + 1 < t.rows().size() && t.rows().get(r + 1).sub();
                for (int i = 0; i < columns.size(); i++) {
                    String text = i < row.cells().size() ? row.cells().get(i) : "";
                    XWPFParagraph cell = cellText(tableRow.getCell(i), text, columns.get(i).align(), false, false);
                    if (columns.get(i).align() == 'R') {
                        fitFigure(cell, text, columns.get(i).weight());
                    }
                    if (detailed) {
                        cell.setKeepNext(true);
                    }
                }
            }
        }
        if (t.note() != null) {
            XWPFParagraph note = paragraph(document, WordStyles.BODY);
            note.setIndentationFirstLine(0);
            note.setSpacingBefore(60);
            XWPFRun run = note.createRun();
            run.setText(of(t.note()));
            run.setItalic(true);
            run.setFontSize(11);
        }
    }

    /** Fixed column widths, in twentieths of a point. */
    static void grid(XWPFTable table, List<Integer> points) {
        var properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(points.stream().mapToInt(Integer::intValue).sum() * (long) WordStyles.TWIPS));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : points) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) w * WordStyles.TWIPS));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < row.getTableCells().size() && i < points.size(); i++) {
                row.getCell(i).setWidth(String.valueOf(points.get(i) * WordStyles.TWIPS));
            }
        }
    }

    /**
     * A figure wider than its column, once the names gave what they could ({@code IndicatorTable}), set smaller in
     * half points, as the PDF's shrinks: Word and LibreOffice would break "1.500.000" into "1.500." and "000".
     */
    private static void fitFigure(XWPFParagraph cell, String text, int column) {
        int needed = text.contains(" ") ? 0 : IndicatorTable.widthOf(ReportFonts.shared().regular(), text);
        if (needed > column) {
            double size = Math.floor(2 * IndicatorTable.CELL_FONT * (column - IndicatorTable.CELL_PADDING)
                    / (needed - IndicatorTable.CELL_PADDING)) / 2;
            cell.getRuns().get(0).setFontSize(Math.max(6, size));
        }
    }

    private static XWPFParagraph cellText(XWPFTableCell cell, String text, char align, boolean bold, boolean italic) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(align == 'R' ? ParagraphAlignment.RIGHT : align == 'C' ? ParagraphAlignment.CENTER
                : ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        run.setText(of(text));
        run.setFontSize(10.5);
        run.setBold(bold);
        run.setItalic(italic);
        return paragraph;
    }

    /**
     * The chart's pictures, one per indicator as in the PDF, each in a paragraph of its own, the last kept with the
     * caption; each named by the chart's title for a screen reader, its drawing numbered from 1 as Word numbers them.
     */
    private static void chart(XWPFDocument document, Block.Chart c, ReportFonts fonts) {
        List<ChartImage.Picture> pictures = ChartImage.draw(c.data(), fonts);
        String title = of(c.title());
        for (int i = 0; i < pictures.size(); i++) {
            ChartImage.Picture picture = pictures.get(i);
            XWPFParagraph holder = document.createParagraph();
            holder.setAlignment(ParagraphAlignment.CENTER);
            holder.setSpacingBefore(i == 0 ? 120 : 0);
            holder.setSpacingAfter(0);
            holder.setKeepNext(i == pictures.size() - 1);
            try {
                XWPFRun run = holder.createRun();
                XWPFPicture placed = run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG,
                        "bieu-do-" + (i + 1) + ".png", Units.toEMU(picture.width()), Units.toEMU(picture.height()));
                var drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
                for (CTNonVisualDrawingProps properties : List.of(drawing, placed.getCTPicture().getNvPicPr().getCNvPr())) {
                    properties.setName(title);
                    properties.setDescr(title);
                }
                // POI numbers every drawing 0
                drawing.setId(i + 1);
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("cannot place the chart in the Word document: " + e.getMessage(), e);
            }
        }
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = caption.createRun();
        run.setText(of(c.caption()));
        run.setItalic(true);
        run.setFontSize(11);
    }
}
