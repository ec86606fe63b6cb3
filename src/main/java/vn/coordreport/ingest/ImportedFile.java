package vn.coordreport.ingest;

/**
 * One file of an import (a CSV file, or a sheet of a workbook): its data rows,
 * or the earlier import that already holds its content.
 */
public record ImportedFile(String name, long rows, Long alreadyImportedBy) {

    public boolean skipped() {
        return alreadyImportedBy != null;
    }

    @Override
    public String toString() {
        return skipped() ? name + ": already imported (import #" + alreadyImportedBy + ")" : name + ": " + rows + (rows == 1 ? " row" : " rows");
    }
}
