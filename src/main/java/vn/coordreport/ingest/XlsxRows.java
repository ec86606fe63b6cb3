package vn.coordreport.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one workbook sheet, streamed: the first row is the header, a
 * row's number is its line. Cells become text as a CSV file would hold them;
 * a cell formatted as a date becomes {@code YYYY-MM-DD}.
 */
final class XlsxRows implements RowSource {

    private final Sheet sheet;
    private Stream<Row> stream;
    private Iterator<Row> rows;
    private long line;

    XlsxRows(Sheet sheet) {
        this.sheet = sheet;
    }

    /** Opens the sheet here, so that a sheet whose part is missing or broken is a problem of the sheet. */
    @Override
    public String[] header() {
        try {
            stream = sheet.openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(1, "the sheet cannot be read: " + e.getMessage());
        }
        return next();
    }

    @Override
    public String[] next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] cells = new String[row.getCellCount()];
                boolean empty = true;
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i));
                    empty &= cells[i].isBlank();
                }
                if (!empty) {
                    line = row.getRowNum();
                    return cells;
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new Unreadable(line + 1, "the sheet cannot be read: " + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.STRING) {
            return cell.asString();
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
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
