package vn.coordreport.ingest.template;

import static vn.coordreport.messages.DateFormats.DAY;

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
import vn.coordreport.ingest.read.TemplatePeriod;

/**
 * Writes a template: the guide sheet, one sheet per data file of the import format (its Vietnamese
 * headings in row 1, which the import skips, the codes it reads in row 2, the stored rows of the period
 * below), and the list sheet the drop-downs read. Numbers are written as Excel writes them ({@code 5},
 * not {@code 5.0}), so that the import reads back what was stored.
 *
 * <p>A stored row is shown to be read, grey and locked, unless it can be corrected by sending it again: a
 * record with its register number ({@code ref}), whose agreement, agency and number stay locked. Any other row changed and
 * sent back is a new row beside the stored one (import format 1.1, "Re-submission"), and the figure counted
 * twice; Excel and LibreOffice refuse the change instead. The sheets are protected without a password, every
 * cell open but those rows' and the two heading rows': rows can be added, deleted, sorted and filtered.
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
    /** The stored rows' fill: Excel's "White, Background 1, Darker 15%", light enough to read on. */
    static final byte[] STORED_GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    /** Open cells' styles and their stored, locked twins (grey), by style. */
    private final Map<CellStyle, CellStyle> locked = new java.util.HashMap<>();
    private final CellStyle open;

    /** The period a template is made for: its name in words and its days. */
    public record Period(String words, vn.coordreport.period.DateRange days) {
    }

    /**
     * The dates of what happened in the period (a record's, a result's, a limitation's): Excel warns when one typed
     * is outside it. Not a due date, a resolution or a conference, which may fall after it.
     */
    private static final java.util.Set<FileSpec> DATED_IN_PERIOD = java.util.Set.of(FileSpec.RECORDS, FileSpec.RESULTS,
            FileSpec.LIMITATIONS);

    /** The period the template is for; null for a blank template. */
    private final Period period;

    /** @param period the period the template is made for, or null for a blank one */
    public TemplateWorkbook(TemplateLists.Content content, Period period) {
        this.period = period;
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
        // General, not #,##0.###: Excel writes a whole number in that format with its decimal separator ("1,")
        quantity = format("General");
        whole = format("#,##0");
        text = format("@");
        text.setWrapText(true);
        open = book.createCellStyle();
        for (CellStyle style : List.of(date, quantity, whole, text, open)) {
            style.setLocked(false);
        }
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
        if (period != null) {
            // what the import reads back to tell a date of what happened outside the period (TemplateDays)
            var custom = book.getProperties().getCustomProperties();
            custom.addProperty(TemplatePeriod.WORDS, period.words());
            custom.addProperty(TemplatePeriod.FROM, period.days().from().toString());
            custom.addProperty(TemplatePeriod.TO, period.days().to().toString());
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
            sheet.setDefaultColumnStyle(c, style(column.type()));
            sheet.setColumnWidth(c, width(column.type()) * 256);
            validate(sheet, spec, column, c, last);
        }
        int ref = columns.stream().map(Column::name).toList().indexOf("ref");
        int agency = columns.stream().map(Column::name).toList().indexOf("agency");
        int agreement = columns.stream().map(Column::name).toList().indexOf("agreement");
        int r = 2;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            boolean correctable = spec == FileSpec.RECORDS && values[ref] != null;
            for (int c = 0; c < values.length; c++) {
                CellStyle style = style(columns.get(c).type());
                // a record is known by its agreement, agency and ref: those stay as they are
                boolean keep = !correctable || c == ref || c == agency || c == agreement;
                value(row, c, values[c], keep ? locked(style) : style);
            }
        }
        sheet.createFreezePane(0, 2);
        protect(sheet);
    }

    /** Protected without a password: locked cells (headings, stored rows) refuse a change, the rest is open. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** The stored, locked twin of an open style: grey, so that the clerk sees which rows are there to be read. */
    private CellStyle locked(CellStyle style) {
        return locked.computeIfAbsent(style, s -> {
            org.apache.poi.xssf.usermodel.XSSFCellStyle twin = book.createCellStyle();
            twin.cloneStyleFrom(s);
            twin.setLocked(true);
            twin.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(STORED_GREY, null));
            twin.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return twin;
        });
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
        } else if (column.type() == ColumnType.DATE && period != null && column.name().equals("date")
                && DATED_IN_PERIOD.contains(spec)) {
            // a warning, not a refusal: a row of another period may be meant, and is then counted in that period
            LocalDate from = period.days().from();
            LocalDate to = period.days().to();
            validation = helper.createValidation(helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    excelDate(from), excelDate(to), "dd/mm/yyyy"), cells);
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.createErrorBox("Ngày ngoài kỳ báo cáo", shorten("Mẫu này dành cho kỳ " + period.words()
                    + ", gồm các ngày từ " + DAY.format(from) + " đến " + DAY.format(to) + " (dd/mm/yyyy). Ngày ngoài"
                    + " kỳ (thường là nhầm năm) được tính vào kỳ có ngày đó, không vào kỳ này.", 255));
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

    private static String excelDate(LocalDate day) {
        return "DATE(" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + ")";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The open style of a column's cells. */
    private CellStyle style(ColumnType type) {
        return switch (type) {
            case DATE -> date;
            case QUANTITY -> quantity;
            case AMOUNT, COUNT, ORDINAL -> whole;
            case TEXT, KEY, EMAIL -> text;
            default -> open;
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

    /** A stored value in the cell, typed as Excel types it; a number's stored text as Excel writes it; a blank one styled. */
    private static void value(Row row, int c, Object v, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(c);
        cell.setCellStyle(style);
        if (v == null) {
            return;
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
