package vn.coordreport.ingest;

/**
 * One thing wrong with an import, where the user can find it: a file (or
 * {@code workbook.xlsx/sheet}), the 1-based line where the record starts (the
 * header is line 1; 0 for the file as a whole), the column when one is to blame.
 */
public record ImportProblem(String file, long line, String column, String message) {

    /** {@code file:line: column: message}, or {@code file:line: message} when no column is to blame. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null || column.isEmpty() ? "" : column + ": ") + message;
    }
}
