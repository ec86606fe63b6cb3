package vn.coordreport.web;

import java.util.Locale;

import vn.coordreport.ingest.Importer;

/** What the page says about an uploaded file's name before the import reads it. */
final class UploadNames {

    private UploadNames() {
    }

    /** The last segment of the name the browser gave (some send a whole path). */
    static String plain(String original) {
        String name = original == null ? "" : original.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /**
     * For a {@code .csv} file whose name is none of the import format's, the message that says so; else null. A
     * single CSV file is imported as the command line imports it: its name tells which file of the format it is.
     */
    static String unknownCsv(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") || Importer.csvFileNames().contains(lower)) {
            return null;
        }
        return "Tệp \u201c" + name + "\u201d không có tên của một tệp dữ liệu nên không biết đó là dữ liệu gì. "
                + "Đổi tên tệp CSV thành một trong các tên: " + String.join(", ", Importer.csvFileNames())
                + " (ví dụ records.csv cho các số liệu), hoặc nén các tệp CSV thành một tệp .zip.";
    }
}
