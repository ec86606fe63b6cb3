package vn.coordreport.ingest.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.coordreport.ingest.format.Column;
import vn.coordreport.ingest.format.ColumnType;
import vn.coordreport.ingest.format.FileSpec;

/**
 * Writes a template: the guide sheet, one sheet per data file of the import format (its Vietnamese
 * headings in row 1, which the import skips, the codes it reads in row 2, the stored rows of the period
 * below), and the list sheet the drop-downs read. Numbers are written as Excel writes them ({@code 5},
 * not {@code 5.0}), so that the import reads back what was stored.
 */
public final class TemplateWorkbook {

    public static final List<FileSpec> SHEETS = List.of(FileSpec.RECORDS, FileSpec.RESULTS, FileSpec.LIMITATIONS,
            FileSpec.TASKS, FileSpec.TARGETS, FileSpec.COMMENDATIONS, FileSpec.CONFERENCES, FileSpec.ASSESSMENTS);

    /** Rows below the stored ones that carry the drop-downs and formats, for the clerk to fill. */
    static final int BLANK_ROWS = 1000;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle heading;
    private final CellStyle code;
    private final CellStyle date;
    private final CellStyle quantity;
    private final CellStyle whole;
    private final CellStyle text;
    private final TemplateLists lists;

    public TemplateWorkbook(TemplateLists.Content content) {
        Font bold = book.createFont();
        bold.setBold(true);
        heading = book.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        heading.setBorderBottom(BorderStyle.THIN);
        Font grey = book.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        code = book.createCellStyle();
        code.setFont(grey);
        date = format("dd/mm/yyyy");
        quantity = format("#,##0.###");
        whole = format("#,##0");
        text = format("@");
        text.setWrapText(true);
        book.createSheet(TemplateSheets.GUIDE);
        for (FileSpec sheet : SHEETS) {
            book.createSheet(sheet.baseName());
        }
        lists = new TemplateLists(book, content, heading);
    }

    public void write(String agreementLine, String periodLine, Map<FileSpec, List<Object[]>> stored, OutputStream out)
            throws IOException {
        new TemplateGuide(book.getSheet(TemplateSheets.GUIDE), heading).write(agreementLine, periodLine);
        for (FileSpec sheet : SHEETS) {
            fill(book.getSheet(sheet.baseName()), sheet, stored.getOrDefault(sheet, List.of()));
        }
        book.setActiveSheet(1);
        book.write(out);
        book.close();
    }

    private void fill(XSSFSheet sheet, FileSpec spec, List<Object[]> rows) {
        Row headings = sheet.createRow(0);
        Row codes = sheet.createRow(1);
        headings.setHeightInPoints(32);
        List<Column> columns = spec.columns;
        int last = 2 + rows.size() + BLANK_ROWS - 1;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            cell(headings, c, TemplateColumns.of(spec, column).heading(), heading);
            cell(codes, c, column.name(), code);
            CellStyle style = style(column.type());
            if (style != null) {
                sheet.setDefaultColumnStyle(c, style);
            }
            sheet.setColumnWidth(c, width(column.type()) * 256);
            validate(sheet, spec, column, c, last);
        }
        int r = 2;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                value(row, c, values[c], style(columns.get(c).type()));
            }
        }
        sheet.createFreezePane(0, 2);
    }

    private void validate(XSSFSheet sheet, FileSpec spec, Column column, int c, int last) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        CellRangeAddressList cells = new CellRangeAddressList(2, last, c, c);
        String list = lists.listFor(spec, column);
        DataValidation validation;
        if (list != null) {
            validation = helper.createValidation(helper.createFormulaListConstraint(list), cells);
            validation.setSuppressDropDownArrow(true); // in XSSF: the arrow is shown
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Giá trị không có trong danh sách",
                    "Chọn một mã trong danh sách (xem trang " + TemplateSheets.LISTS + ").");
        } else if (column.type() == ColumnType.DATE) {
            validation = helper.createValidation(helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(1900,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy"), cells);
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.createErrorBox("Ngày không hợp lệ", "Gõ ngày dạng dd/mm/yyyy, ví dụ 05/03/2024.");
        } else {
            return;
        }
        validation.setShowErrorBox(true);
        String explanation = TemplateColumns.of(spec, column).explanation();
        validation.createPromptBox(shorten(TemplateColumns.of(spec, column).heading(), 32), shorten(explanation, 255));
        validation.setShowPromptBox(true);
        sheet.addValidationData(validation);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private CellStyle style(ColumnType type) {
        return switch (type) {
            case DATE -> date;
            case QUANTITY -> quantity;
            case AMOUNT, COUNT, ORDINAL -> whole;
            case TEXT, KEY, EMAIL -> text;
            default -> null;
        };
    }

    private static int width(ColumnType type) {
        return switch (type) {
            case TEXT -> 40;
            case DATE, QUANTITY, AMOUNT, COUNT, ORDINAL -> 13;
            default -> 18;
        };
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A stored value in the cell, typed as Excel types it; a number's stored text as Excel writes it. */
    private static void value(Row row, int c, Object v, CellStyle style) {
        if (v == null) {
            return;
        }
        XSSFCell cell = (XSSFCell) row.createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.getCTCell().setV(Long.toString(Math.round(cell.getNumericCellValue())));
        } else if (v instanceof Number n) {
            BigDecimal exact = new BigDecimal(n.toString()).stripTrailingZeros();
            cell.setCellValue(exact.doubleValue());
            cell.getCTCell().setV(exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    private CellStyle format(String pattern) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(pattern));
        return style;
    }

    public static Map<FileSpec, List<Object[]>> noRows() {
        return new EnumMap<>(FileSpec.class);
    }
}
