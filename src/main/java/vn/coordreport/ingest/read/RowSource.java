package vn.coordreport.ingest.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one CSV file or workbook sheet, read as a stream: the header,
 * then one record at a time with the line where it starts. A file that cannot
 * be read on throws {@link Unreadable} with the line and the reason.
 */
public interface RowSource extends Closeable {

    /** The header's cells, or null for an empty file. */
    String[] header() throws IOException;

    /** The next record's cells, or null at the end. */
    String[] next() throws IOException;

    /**
     * Why cell {@code index} of the last record returned is empty although the file holds something there
     * (a workbook's formula with no stored value, an error value); null when the cell was read.
     */
    default String cellProblem(int index) {
        return null;
    }

    /** The 1-based line where the last header or record returned starts. */
    long line();

    /**
     * Whether a row names one of the columns (lower case): a first row that names none, followed by one that does,
     * is a heading row above the header (a template's Vietnamese headings), skipped by {@link #header()}.
     */
    static boolean namesAColumn(String[] cells, java.util.Set<String> columns) {
        for (String cell : cells) {
            if (columns.contains(cell.strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The rest of the file cannot be read: bad encoding, an unterminated quote, a broken workbook. */
    final class Unreadable extends RuntimeException {

        public final long line;

        Unreadable(long line, String message) {
            super(message);
            this.line = line;
        }
    }
}
