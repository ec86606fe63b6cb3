package vn.coordreport.ingest.read;

import java.util.Locale;

/**
 * Spreadsheets the import does not read but an office still keeps (Excel 97-2003, OpenDocument): by the file's name,
 * the bundle key of what to do with one.
 */
final class OtherSpreadsheets {

    private OtherSpreadsheets() {
    }

    /** The bundle key saying how to save the file as .xlsx, or null when it is not such a spreadsheet. */
    static String advice(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xls") ? "import.file.xls" : lower.endsWith(".ods") ? "import.file.ods" : null;
    }
}
