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

    /** A name ending like a browser's second download of a file: {@code records (1).csv}. */
    private static final java.util.regex.Pattern DOWNLOADED_AGAIN = java.util.regex.Pattern.compile(
            "(?i)(.+?)\\s*\\(\\d+\\)(\\.csv)");

    /**
     * The import format's name of a CSV file that a browser saved under another because one of that name was there
     * ({@code records (1).csv} is {@code records.csv}); the name itself otherwise.
     */
    static String formatName(String name) {
        java.util.regex.Matcher m = DOWNLOADED_AGAIN.matcher(name);
        if (m.matches() && Importer.csvFileNames().contains((m.group(1) + m.group(2)).toLowerCase(Locale.ROOT))) {
            return m.group(1) + m.group(2);
        }
        return name;
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
