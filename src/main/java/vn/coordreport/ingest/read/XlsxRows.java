package vn.coordreport.ingest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.coordreport.ingest.format.ColumnType;
import vn.coordreport.ingest.template.TemplateSheets;
import vn.coordreport.messages.Messages;

/**
 * The rows of one workbook sheet, streamed: the first row is the header, a
 * row's number is its line. Cells become text as Excel would save them as CSV:
 * a number as stored, a cell formatted as a date as {@code YYYY-MM-DD}, a
 * boolean as {@code TRUE} or {@code FALSE}. A formula cell is read from the
 * value the spreadsheet program stored with it, never evaluated; a formula
 * with no stored value, or an error value ({@code #DIV/0!}), is a problem of
 * its cell ({@link #cellProblem}), not an empty cell.
 */
public final class XlsxRows implements RowSource {

    /** The significant digits Excel shows of a number (a double holds 15 to 17). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** The error values a cell may hold (ECMA-376 and later versions of Excel). */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
            "#EXTERNAL!", "#PYTHON!");

    private final Sheet sheet;
    private final Set<String> columns;
    private final WorkbookFacts workbook;
    private Stream<Row> stream;
    private Iterator<Row> rows;
    private long line;
    private String[] problems = new String[0];

    /** A row read ahead: its cells, their problems and its line. */
    private record Read(String[] cells, String[] problems, long line) {
    }

    private Read pending;

    /**
     * The rows of a sheet whose header names some of {@code columns} (lower case), see {@link #header()}; {@code
     * workbook} what {@link WorkbookCheck} learnt of the workbook.
     */
    public XlsxRows(Sheet sheet, Set<String> columns, WorkbookFacts workbook) {
        this.sheet = sheet;
        this.columns = columns;
        this.workbook = workbook;
    }

    /**
     * Opens the sheet here, so that a sheet whose part is missing or broken is a problem of the sheet.
     * A heading row above the header (the Vietnamese headings of a template, {@link TemplateSheets}) is
     * skipped: a first row none of whose cells names a column, followed by a row that names one. Any other
     * first row is the header, as it always was.
     */
    @Override
    public String[] header() {
        try {
            stream = sheet.openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(1, Messages.text("import.xlsx.unreadable", String.valueOf(e.getMessage())));
        }
        String[] first = next();
        if (first == null || columns.isEmpty() || RowSource.namesAColumn(first, columns)) {
            return first;
        }
        Read heading = new Read(first, problems.clone(), line);
        String[] second = next();
        if (second != null && RowSource.namesAColumn(second, columns)) {
            return second;
        }
        pending = second == null ? null : new Read(second, problems.clone(), line);
        problems = heading.problems();
        line = heading.line();
        return first;
    }


    @Override
    public String[] next() {
        if (pending != null) {
            Read row = pending;
            pending = null;
            problems = row.problems();
            line = row.line();
            return row.cells();
        }
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] cells = new String[row.getCellCount()];
                if (problems.length < cells.length) {
                    problems = new String[cells.length];
                }
                java.util.Arrays.fill(problems, null);
                boolean empty = true;
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i), i);
                    empty &= cells[i].isBlank() && problems[i] == null;
                }
                if (!empty) {
                    line = row.getRowNum();
                    return cells;
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new Unreadable(line + 1, Messages.text("import.xlsx.unreadable", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String cellProblem(int index) {
        return index < problems.length ? problems[index] : null;
    }

    private String text(Cell cell, int index) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case NUMBER -> number(cell);
            case BOOLEAN -> Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
            case ERROR -> problem(index, Messages.text("import.xlsx.errorValue", cell.getAddress().toString(), cell.getRawValue()));
            case FORMULA -> formula(cell, index);
        };
    }

    /**
     * What the program that saved the workbook computed for the formula: a number, a boolean, a text, or nothing.
     * An empty stored value is the empty text Excel and LibreOffice Calc store for a formula whose result is ""
     * ({@code =IF(D2>3;"";"ít")}), an empty cell to the clerk; it is no value at all in a workbook whose program
     * stored none for some number (openpyxl writes an empty {@code <v/>} for every formula). FastExcel reads both as
     * the same empty text, whatever the cell's type; {@link WorkbookCheck} tells which workbook this is.
     */
    private String formula(Cell cell, int index) {
        String raw = cell.getRawValue();
        Object value = cell.getValue();
        if (raw == null || raw.isEmpty() && workbook.valuesUnstored()) {
            return problem(index, Messages.text("import.xlsx.formulaNoValue", cell.getAddress().toString(), cell.getFormula()));
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal) {
            return number(cell);
        }
        if (value != null && ERRORS.contains(value.toString())) {
            return problem(index, Messages.text("import.xlsx.formulaError", cell.getAddress().toString(), cell.getFormula(),
                    value.toString()));
        }
        return value == null ? "" : value.toString();
    }

    private String number(Cell cell) {
        return isDateFormat(cell.getDataFormatString()) ? date(cell.getRawValue()) : stored(plain(cell.getRawValue()));
    }

    /**
     * A number cell holds a number, not the text a clerk typed: 2.345 there is two and some thousandths (a Vietnamese
     * Excel shows it {@code 2,345}). A trailing zero keeps it from reading as the text {@code 2.345}, which
     * {@link ColumnType#readsTwoWays} refuses; the value is the same.
     */
    static String stored(String plain) {
        return plain != null && ColumnType.readsTwoWays(plain) ? plain + "0" : plain;
    }

    /**
     * A date cell's day in the workbook's date system, not FastExcel's {@link Cell#asDate()}, which takes a 1904
     * workbook's serials as from 1900 (4 years and a day early) unless its flag is written {@code true}. A negative
     * serial, which Excel shows as {@code #####}, is no date: it stays the number.
     */
    private String date(String serial) {
        LocalDateTime date = DateUtil.getLocalDateTime(Double.parseDouble(serial), workbook.date1904());
        return date == null ? plain(serial) : date.toLocalDate().toString();
    }

    /**
     * A number as Excel shows it: {@code 15000000}, not {@code 1.5E7} or {@code 15000000.0} as programs that
     * write a double's Java text do (Apache POI among them), which would not read as a whole number of đồng; and
     * to the 15 significant digits Excel shows, {@code 0.3} for the {@code 0.30000000000000004} that 0.1 + 0.2
     * stores, which would not read as a quantity in thousandths.
     */
    static String plain(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
            return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private String problem(int index, String message) {
        problems[index] = message;
        return "";
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase().replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("yy") || f.contains("d") && f.contains("m");
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
